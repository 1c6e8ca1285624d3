/**
 * A firm's own park is its project, no zone of the district (#15, round 27). Two readings:
 *  - a park whose name opens with a firm's name found in the text (its first four characters, less a place before
 *    either): 甲乙控股集团有限公司…甲乙高速装备产业园占地100亩;
 *  - a park every mention of which is a project's (项目 or N期 right after it) and whose name is a brand's, not an
 *    industry's: three one-character words or more in a row (丙丁新冶产业园一期, 小戊家纺市场及产业孵化园项目; the
 *    segmenter knows no such words). A park named by its industry (电子信息智慧园项目一期, 黄金产业园项目) may be
 *    written as a project being built and is still a zone.
 * A development zone, a zone with parts of its own, and a town are never dropped.
 */
import type { ZoneFact } from '../../../vocab/imports.ts';
import { tag } from '../lexicon.ts';
import { isPlace } from '../places.ts';
import { type Doc, offsetsOf } from '../text.ts';

const NEVER = /开发区|高新区|经开区|工业园区|工业集中区|新区|组团|片区|镇|街道/;
const PROJECT_AFTER = /^(?:项目|[一二三四五六七八九十]期)/u;

/** The name less a province, city or county before it (甲县乙丙科技有限公司 → 乙丙科技有限公司). */
function lessPlace(name: string): string {
  for (const n of [3, 2]) if (name.length - n >= 4 && isPlace(name.slice(0, n))) return name.slice(n);
  return name;
}

/** Three one-character words or more in a row: a brand or a village's name, not words of an industry. */
function brandWords(name: string): boolean {
  let run = 0;
  for (const t of tag(name)) {
    run = t.word.length === 1 ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** The zones that are a firm's project, by name. */
export function projectParks(doc: Doc, zones: ZoneFact[], firms: { name: string }[]): Set<string> {
  const out = new Set<string>();
  const heads = firms
    .map((f) => lessPlace(f.name))
    .filter((n) => n.length >= 6)
    .map((n) => n.slice(0, 4));
  for (const z of zones) {
    if (NEVER.test(z.kind) || zones.some((o) => o.parent === z.name)) continue;
    if (heads.some((h) => lessPlace(z.name).startsWith(h))) {
      out.add(z.name);
      continue;
    }
    const after = offsetsOf(doc, z.name).map((at) =>
      doc.match.slice(at + z.name.length, at + z.name.length + 2),
    );
    const base = z.name.slice(0, z.name.length - z.kind.length);
    if (after.length && after.every((a) => PROJECT_AFTER.test(a)) && brandWords(base)) out.add(z.name);
  }
  return out;
}
