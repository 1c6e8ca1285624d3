/**
 * One firm written two ways in one plan (友利森汽车 and 友利森, 中味食品有限公司 and 浙江中味, 利达丰服装公司 and
 * 香港利达丰): a name that is only a brand, or a place and the brand, is the firm another name writes with its trade
 * word or company suffix. Two names with different trade words (甲乙铝业, 甲乙电力) stay two firms; so do two names
 * placed in different zones. The merged fact keeps the earlier sentence as its quote and the others as `also`.
 */
import type { FirmFact } from '../../../vocab/imports.ts';
import { tag } from '../lexicon.ts';
import { isPlace } from '../places.ts';
import { districtBase } from './district.ts';

const SUFFIX = /(股份有限公司|有限责任公司|有限公司|公司|集团|股份)$/;

/** The name less a leading province or city (浙江中味 → 中味). */
function lessPlace(name: string): string {
  for (const n of [3, 2]) if (name.length - n >= 2 && isPlace(name.slice(0, n))) return name.slice(n);
  return name;
}

/** The brand of a name written with its trade (中味食品有限公司 → 中味), or '' when none is written. */
function brandOf(name: string): string {
  const bare = name.replace(SUFFIX, '');
  const last = [...tag(bare)].at(-1);
  if (!last || last.word.length < 2 || !/^(n|vn|nz)$/.test(last.tag)) return bare === name ? '' : bare;
  const brand = bare.slice(0, bare.length - last.word.length);
  return brand.length >= 2 ? brand : '';
}

export function mergeSpellings(firms: FirmFact[], district?: string): FirmFact[] {
  const base = district ? districtBase(district) : '';
  const brands = firms.map((f) => brandOf(lessPlace(f.name)));
  const gone = new Set<number>();
  for (const [i, f] of firms.entries()) {
    const core = lessPlace(f.name);
    // The county's name before another firm's whole name (瑞金甲乙科技有限公司 beside 甲乙科技有限公司, in 瑞金市) is
    // that firm again; a province or a city before it may name another firm of the group.
    const placed = (o: FirmFact, k: number) =>
      k !== i && !gone.has(k) && base.length >= 2 && f.name === base + o.name;
    // Only a bare brand (or a place and the brand) is another spelling: it has no trade word of its own.
    if (brands[i] && brands[i] !== core && !firms.some(placed)) continue;
    const j = firms.findIndex(
      (o, k) =>
        (placed(o, k) || (k !== i && !gone.has(k) && brands[k] === core)) &&
        (!o.zone || !f.zone || o.zone === f.zone),
    );
    const kept = firms[j];
    if (!kept) continue;
    gone.add(i);
    if (!kept.zone && f.zone) kept.zone = f.zone;
    // Every sentence stays a source: the earlier one is the fact's quote, the others are kept as `also`.
    const quotes = [
      { quote: kept.quote, start: kept.start },
      { quote: f.quote, start: f.start },
      ...(kept.also ?? []),
      ...(f.also ?? []),
    ].sort((a, b) => a.start - b.start);
    const first = quotes[0];
    if (f.start < kept.start) Object.assign(kept, { quote: f.quote, start: f.start, end: f.end });
    const also = quotes.filter((q) => q !== first && q.quote !== first?.quote);
    kept.also = also.filter((q, k) => also.findIndex((o) => o.quote === q.quote) === k);
    if (kept.also.length === 0) delete kept.also;
  }
  return firms.filter((_, i) => !gone.has(i));
}
