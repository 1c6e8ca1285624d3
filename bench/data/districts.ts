/**
 * The country of the benchmark graph (bench/data/generate.ts): provinces, cities and districts of GB/T 2260 as
 * zones, and in every district but the seed's 綦江区 2–4 zones, a plan naming the chains it specialises in, local
 * firms (their number from the province's share of industrial firms and the district's kind) producing links of
 * those chains (10 % also a hub link), and projects building them.
 */
import type { SeedGraph } from '../../seed/compile.ts';
import type { ChainLinks, ChainPlan } from './chains.ts';
import type { NationalGraph } from './graph.ts';
import { Random } from './random.ts';
import { districtWeight, PROVINCE_FIRMS_K, type Region, readRegions, regionId } from './regions.ts';

/** The seed's district (重庆市綦江区, GB/T 2260 500110). */
export const QIJIANG = regionId('500110');

const SYLLABLES = [
  ...'安宁平阳江山河东西南北清永兴德福华新长龙泉丰昌顺和泰云海湖城金石溪源桥川明光远嘉荣峰林丘台洲庆康乐武盛',
];
const ZONE_KINDS = [
  { suffix: '经济技术开发区', kind: '园区' },
  { suffix: '高新技术产业开发区', kind: '高新区' },
  { suffix: '工业园区', kind: '园区' },
  { suffix: '产业组团', kind: '组团' },
];
const FIRM_WORDS = ['科技', '材料', '制造', '实业', '工业', '精密', '新材料', '装备', '智能', '化工'];
const PROJECT_STATUSES = ['签约', '在建', '投产', '储备', '规划', '建成'];

/** Writes zones, PART_OF, plans, sought links, firms, LOCATED_IN, PRODUCES and projects into `g`. */
export function generateDistricts(
  rnd: Random,
  g: NationalGraph,
  seed: SeedGraph,
  plan: ChainPlan,
  firmTotal: number,
): void {
  const { chainOrder, chainWeights, hubs } = plan;
  // The sought links' own draws (a fixed seed), apart from `rnd`: adding them moved no other row.
  const seekRnd = new Random(0x5ee5);
  // Provinces, cities, districts (GB/T 2260); the seed's top zones join the real 綦江区, which gets no generated
  // zones, firms, projects or plan: the seed (the real plan) is its data.
  const regions = readRegions();
  for (const r of [...regions.provinces, ...regions.cities, ...regions.districts]) {
    g.zones.push({ id: r.id, name: r.name, kind: r.kind, district: null, code: r.code });
    if (r.parent) g.partOf.push({ zone: r.id, parent: r.parent });
  }
  const seedChildren = new Set(seed.partOf.map((p) => p.zone));
  for (const z of seed.zones) {
    if (!seedChildren.has(z.id)) g.partOf.push({ zone: z.id, parent: QIJIANG });
  }
  g.forDistrict.push({ document: seed.document.id, district: QIJIANG });
  for (const i of seed.industries) g.inPlan.push({ industry: i.id, document: seed.document.id });
  // Firms per district: the province's share of the total (PROVINCE_FIRMS_K), split over its districts by
  // districtWeight × a deterministic noise factor in [0.5, 1.5); at least 5 per district.
  const generated = regions.districts.filter((d) => d.id !== QIJIANG);
  const noisy = new Map(generated.map((d) => [d.id, districtWeight(d.name) * (0.5 + rnd.next())]));
  const provinceWeight = new Map<string, number>();
  for (const d of generated)
    provinceWeight.set(d.province, (provinceWeight.get(d.province) ?? 0) + (noisy.get(d.id) ?? 0));
  const kTotal = Object.values(PROVINCE_FIRMS_K).reduce((a, b) => a + b, 0);
  const firmsIn = (d: Region) =>
    Math.max(
      5,
      Math.round(
        (firmTotal * ((PROVINCE_FIRMS_K[d.province] ?? 1) / kTotal) * (noisy.get(d.id) ?? 0)) /
          (provinceWeight.get(d.province) ?? 1),
      ),
    );
  let enterpriseNo = 0;
  let projectNo = 0;
  for (const district of generated) {
    const districtId = district.id;
    const code = district.code;
    // The district's name without its suffix, for zone and firm names (綦江区 → 綦江; 3-character names only).
    const short =
      district.name.length > 2 ? district.name.replace(/(自治县|自治旗|区|县|市|旗)$/, '') : district.name;
    const zones: string[] = [];
    for (const zk of rnd.sample(ZONE_KINDS, rnd.int(2, 4))) {
      const id = `nz-${code}-z${zones.length + 1}`;
      zones.push(id);
      g.zones.push({ id, name: `${short}${zk.suffix}`, kind: zk.kind, district: districtId, code: null });
      g.partOf.push({ zone: id, parent: districtId });
    }
    // Each district specialises in a few chains (popular chains in many districts).
    const specialties: ChainLinks[] = [];
    const want = rnd.int(3, 6);
    while (specialties.length < want) {
      const c = rnd.weighted(chainOrder, chainWeights);
      if (!specialties.includes(c)) specialties.push(c);
    }
    // The district's plan: its chains, and their industries IN_PLAN.
    const plan = `plan-${code}`;
    g.documents.push({
      id: plan,
      title: `${district.province}${district.name}“十四五”工业发展规划（基准测试生成）`,
      chains: specialties.map((c) => c.chain),
    });
    g.forDistrict.push({ document: plan, district: districtId });
    for (const industry of new Set(specialties.map((c) => c.industry)))
      g.inPlan.push({ industry, document: plan });
    // The links the plan says it will bring in: 2–6 of its chains' links, now and then a hub (动力电池-like links
    // many plans want). Drawn from their own generator so that every other row stays as it was before them.
    const sought = new Set<string>();
    const wanted = seekRnd.int(2, 6);
    for (let k = 0; k < wanted; k++) sought.add(seekRnd.pick(seekRnd.pick(specialties).links));
    if (seekRnd.next() < 0.3) sought.add(seekRnd.pick(hubs));
    let sentence = 0;
    for (const product of sought)
      g.seeks.push({
        district: districtId,
        product,
        document: plan,
        source: `src-bench-${code}-${++sentence}`,
        quote: `重点引进${productNames(g, seed).get(product) ?? product}生产企业（基准测试生成）`,
      });
    const firms = firmsIn(district);
    for (let k = 0; k < firms; k++) {
      const chain = rnd.pick(specialties);
      const id = `ne-${++enterpriseNo}`;
      const firm = `${short}${rnd.pick(SYLLABLES)}${rnd.pick(SYLLABLES)}${rnd.pick(FIRM_WORDS)}`;
      g.enterprises.push({
        id,
        name: firm,
        fullName: `${district.province}${firm}有限公司`,
        local: true,
        origin: 'bench',
        district: districtId,
        industries: [chain.industry],
        code: null,
        exchange: null,
      });
      g.locatedIn.push({ enterprise: id, zone: rnd.next() < 0.85 ? rnd.pick(zones) : districtId });
      const products = new Set<string>();
      const n = rnd.int(1, 3);
      for (let j = 0; j < n; j++) products.add(rnd.pick(chain.links));
      if (rnd.next() < 0.1) products.add(rnd.pick(hubs));
      for (const p of products) g.produces.push({ enterprise: id, product: p });
    }
    const projects = rnd.int(3, 7);
    for (let k = 0; k < projects; k++) {
      const chain = rnd.pick(specialties);
      const product = rnd.pick(chain.links);
      const id = `nproj-${++projectNo}`;
      g.projects.push({
        id,
        name: `${short}${productNames(g, seed).get(product) ?? ''}项目${k + 1}`,
        kind: '产业化项目',
        status: rnd.pick(PROJECT_STATUSES),
        industry: chain.industry,
        district: districtId,
      });
      g.builds.push({ project: id, product });
      g.inZone.push({ project: id, zone: rnd.pick(zones) });
    }
  }
}

const nameCache = new WeakMap<NationalGraph, Map<string, string>>();
function productNames(g: NationalGraph, seed: SeedGraph): Map<string, string> {
  let m = nameCache.get(g);
  if (!m) {
    m = new Map([...seed.products, ...g.products].map((p) => [p.id, p.name]));
    nameCache.set(g, m);
  }
  return m;
}
