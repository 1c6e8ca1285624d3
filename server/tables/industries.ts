import { NameIndex, normalise } from './match.ts';

/** An industry as the table import sees it: with the districts (region zones) whose plans state it. */
export interface IndustryRef {
  id: string;
  name: string;
  /** The district (or city) ids whose plans state it; empty or absent when unknown. */
  districts?: string[];
}

export type IndustryLookup = { id: string } | { error: string };

/**
 * A firm's 所属产业 looked up among its own district's industries. Industries are per district (綦江区's 新材料 and
 * another county's 新材料 are two nodes), but a table names them by name: with the row's zone known, only an
 * industry whose plan is for a region that zone lies in (`within`: the zone and every zone above it) matches; an
 * industry of no known district matches anywhere. Without a zone, a name that several districts' industries share
 * is ambiguous and is refused rather than bound to one of them at random.
 */
export class IndustryIndex {
  private readonly byName = new Map<string, IndustryRef[]>();

  constructor(industries: readonly IndustryRef[]) {
    for (const i of industries) {
      const k = normalise(i.name);
      this.byName.set(k, [...(this.byName.get(k) ?? []), i]);
    }
  }

  find(name: string, within: readonly string[] | null): IndustryLookup {
    const all = this.byName.get(normalise(name)) ?? [];
    const fits = (i: IndustryRef) =>
      within === null || !i.districts?.length || i.districts.some((d) => within.includes(d));
    const found = all.filter(fits);
    // An exact spelling wins over a looser one among those that fit (as NameIndex does).
    const id = new NameIndex(found).find(name);
    if (id && (within !== null || found.length === 1)) return { id };
    if (found.length > 1)
      return { error: `产业「${name}」在多个地区的规划中都有，请填写所在区域以确定是哪一个` };
    if (all.length === 0 || within === null) return { error: `未找到产业「${name}」` };
    const own = this.inDistrict(within);
    return {
      error: `所在区域所属地区的规划中没有产业「${name}」${own.length ? `（可填：${own.join('、')}）` : ''}`,
    };
  }

  /** The names of the industries the plans of the given regions state (at most 8, for a hint). */
  private inDistrict(within: readonly string[]): string[] {
    const names = [...this.byName.values()]
      .flat()
      .filter((i) => i.districts?.some((d) => within.includes(d)))
      .map((i) => i.name);
    return [...new Set(names)].slice(0, 8);
  }
}
