/**
 * Zone names cut short (findZones, zoneMentions.ts): completed from a zone the text writes in full, or narrowed to a
 * zone read inside them. The mentions are looked up by name (a list of positions per distinct name, kept up to date as
 * names change) rather than by scanning every mention per mention: on a 2 MB plan that was ~50 million tests.
 */
import type { ZoneMention } from '../../vocab/imports.ts';
import { tag } from './lexicon.ts';
import { type Doc, sentenceAt } from './text.ts';

/** Positions in a list of mentions by their current name, each list ascending. */
class ByName {
  private readonly at = new Map<string, number[]>();

  constructor(private readonly out: ZoneMention[]) {
    for (const [i, o] of out.entries()) this.add(o.name, i);
  }

  private add(name: string, i: number): void {
    const list = this.at.get(name);
    if (!list) {
      this.at.set(name, [i]);
      return;
    }
    let k = list.length;
    while (k > 0 && (list[k - 1] ?? 0) > i) k--;
    list.splice(k, 0, i);
  }

  /** Mention i, named `from`, is now named `to`. */
  rename(i: number, from: string, to: string): void {
    const list = this.at.get(from) ?? [];
    list.splice(list.indexOf(i), 1);
    if (!list.length) this.at.delete(from);
    this.add(to, i);
  }

  /** The first mention in list order whose name passes `name` and that passes `ok` (as out.find would), or undefined. */
  find(name: (n: string) => boolean, ok: (o: ZoneMention) => boolean = () => true): ZoneMention | undefined {
    let best = -1;
    for (const [n, list] of this.at) {
      if (!name(n)) continue;
      for (const i of list) {
        if (best >= 0 && i >= best) break;
        if (ok(this.out[i] as ZoneMention)) {
          best = i;
          break;
        }
      }
    }
    return best >= 0 ? this.out[best] : undefined;
  }
}

/**
 * A name cut short where the text writes in full a zone it reads whole elsewhere (根据甲州乙市工业园区…, where 甲州乙市
 * 工业园区 opens another sentence): the characters before the cut complete that zone's name, so it is that zone.
 */
export function completeCutNames(doc: Doc, out: ZoneMention[]): void {
  const byName = new ByName(out);
  for (const [i, m] of out.entries()) {
    const whole = byName.find(
      (n) => n.length > m.name.length && n.endsWith(m.name),
      (o) =>
        doc.match.slice(m.start - (o.end - o.start - (m.end - m.start)), m.start) ===
        doc.match.slice(o.start, o.end - (m.end - m.start)),
    );
    if (whole) {
      m.start -= whole.end - whole.start - (m.end - m.start);
      byName.rename(i, m.name, whole.name);
      m.name = whole.name;
      m.quote = sentenceAt(doc, m.start, m.end);
      continue;
    }
    // …and a preposition or a verb alone before such a zone (根据甲州乙市工业园区总体规划) is the sentence's.
    const inner = byName.find((n) => n.length < m.name.length && m.name.endsWith(n));
    const extra = inner ? tag(doc.match.slice(m.start, m.end - (inner.end - inner.start))) : [];
    if (inner && extra.length === 1 && ['p', 'v', 'c', 'd'].includes(extra[0]?.tag ?? '')) {
      m.start = m.end - (inner.end - inner.start);
      byName.rename(i, m.name, inner.name);
      m.name = inner.name;
      m.quote = sentenceAt(doc, m.start, m.end);
    }
  }
}
