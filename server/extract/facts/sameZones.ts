/**
 * One zone under two names (zones.ts): a short name of the top zone, the district's or a town's name before a zone's
 * name, a park written with or without its last 区, a development zone written short (经开区, or 开发区 without its
 * 经济), a name given by 命名为.
 */
import type { ZoneFact } from '../../../vocab/imports.ts';
import { type Doc, offsetsOf } from '../text.ts';
import { cityNames, districtBase, provinceNames } from './district.ts';

const SHORT_TOP = /^(经济技术|经济|高新技术产业|高新)?(开发区|经开区|高新区)$/;

/**
 * Zones that are another zone under a second name: a short name of the top zone (经济开发区), the district's name
 * before a zone's name (嘉祥化工产业园 → 化工产业园), a park written with or without its last 区 (某某产业园 →
 * 某某产业园区). Name → the zone it is.
 */
export function sameZones(
  all: ZoneFact[],
  top: ZoneFact | undefined,
  district?: string,
  doc?: Doc,
): Map<string, string> {
  const same = new Map<string, string>();
  const bases = district ? [district, districtBase(district)].filter((b) => b.length >= 2) : [];

  // A town the text names (甲乙镇) before a park's name (甲乙丙丁工业园) is where the park is, no part of its name.
  // The towns of two characters the text writes are read once, off each 镇, 乡 and 街道 (a search of the whole text
  // per zone and town word cost ~0.1 s on a 2 MB plan).
  const towns = new Set<string>();
  if (doc)
    for (const word of ['镇', '乡', '街道'])
      for (const at of offsetsOf(doc, word))
        if (at >= 2) towns.add(doc.match.slice(at - 2, at + word.length));
  for (const z of all) {
    const town = /^(\p{Script=Han}{2})(?=\p{Script=Han}{4})/u.exec(z.name)?.[1] ?? '';
    const written = [`${town}镇`, `${town}乡`, `${town}街道`].some((t) =>
      town.length === 2 ? towns.has(t) : doc?.match.includes(t),
    );
    if (town && written && !bases.includes(town)) bases.push(town);
  }
  const opening = [...all].sort((a, b) => a.start - b.start)[0];
  // 某某产业园 and 某某产业园区 are one zone.
  const named = (n: string) => all.find((o) => o.name === n || o.name === `${n}区`)?.name;
  for (const z of all) {
    if (top && z !== top && SHORT_TOP.test(z.name) && top.name.endsWith(z.name)) same.set(z.name, top.name);
    // The top zone, or the zone the text names first, written with its province's name before it (湖南甲乙循环经济
    // 产业园 and 甲乙循环经济产业园): where the zone is, no part of its name.
    const lead = z === top || z === opening;
    const base = [...bases, ...(lead ? provinceNames() : [])].find((b) => z.name.startsWith(b));
    // (Written after the places with or without the park's last 区: 恭城甲乙工业园区 and 甲乙工业园.)
    const rest = z.name.slice(base?.length ?? 0);
    const bare = base
      ? (named(rest) ?? all.find((o) => /园区$/.test(rest) && o.name === rest.slice(0, -1))?.name)
      : undefined;
    // The top zone too, where the name left is a proper one (海甲区乙丙工业园区 and 乙丙工业园区; not 经济开发区).
    // Places written one after another before it (江苏省甲县乙产业园, 四川甲市乙产业园区): the same zone as another
    // written with fewer of them (甲乙产业园, 乙产业园区).
    const core = bare ? z.name : lessPlaces(z.name, bases);
    const fewer =
      core !== z.name
        ? all.find(
            (o) =>
              o !== z &&
              o.name.length < z.name.length &&
              parkKey(lessPlaces(o.name, bases)) === parkKey(core),
          )
        : undefined;
    if (bare && (z !== top || (!SHORT_TOP.test(bare) && !/^(经济|高新|工业|产业|科技)/.test(bare))))
      same.set(z.name, bare);
    else if (fewer && !same.has(fewer.name)) same.set(z.name, fewer.name);
    else if (/园$/.test(z.name) && named(`${z.name}区`) && z !== top) same.set(z.name, `${z.name}区`);
    // 某某经开区, and 某某开发区 in a headline, are 某某经济开发区 (or 经济技术开发区) written short.
    const short = /经开区$/.exec(z.name) ?? /(?<!经济|技术|产业)开发区$/.exec(z.name);
    const head = short ? z.name.slice(0, short.index) : '';
    const full =
      head.length >= 2
        ? all.find((o) => [`${head}经济开发区`, `${head}经济技术开发区`].includes(o.name))
        : undefined;
    if (full) same.set(z.name, full.name);
    // 我县经开区 is the 县经济开发区 of the same text in the county's own words (我/本 before its suffix).
    const own = /^[我本](?=[县区市])/.test(z.name) ? z.name.slice(1) : '';
    const plain = own
      ? all.find(
          (o) => o !== z && [own, own.replace(/经开区$/, '经济开发区')].includes(o.name) && !same.has(o.name),
        )
      : undefined;
    if (plain) same.set(z.name, plain.name);
    // 某某县工业区 and 某某工业区 are one zone where the text calls the district by a former suffix (县, now a 区).
    const suffix = district?.slice(-1) ?? '';
    const bare2 = bases
      .map((b) => z.name.replace(new RegExp(`${b}[县区市](?<!${suffix})`), b))
      .find((n) => n !== z.name && all.some((o) => o.name === n));
    if (bare2) same.set(z.name, bare2);
  }
  return same;
}

/** Every mention of the name follows a verb that names (命名为, 更名为): a name given to a zone, not another zone. */
export function renamed(doc: Doc, name: string): boolean {
  const at = doc.match.indexOf(name);
  if (at < 0) return false;
  for (let i = at; i >= 0; i = doc.match.indexOf(name, i + 1))
    if (!/(?:命名|更名|改名|定名)为?$/.test(doc.match.slice(Math.max(0, i - 3), i))) return false;
  return true;
}

/** 某某产业园区 and 某某产业园 compare as one name. */
const parkKey = (n: string) => n.replace(/园区$/, '园');

/** A zone's name less the provinces, cities and district names written before it, while 4 characters are left. */
function lessPlaces(name: string, bases: string[]): string {
  const places = [...bases, ...provinceNames(), ...cityNames()];
  let rest = name;
  for (let p = places.find((b) => rest.startsWith(b) && rest.length - b.length >= 4); p; ) {
    rest = rest.slice(p.length);
    p = places.find((b) => rest.startsWith(b) && rest.length - b.length >= 4);
  }
  return rest;
}
