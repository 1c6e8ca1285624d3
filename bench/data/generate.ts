/**
 * The national-scale benchmark graph, generated deterministically on top of the real seed and the national
 * pool (../shared/data/chainkg). Nothing here is a plan fact: every generated node carries origin 'bench'
 * (pool firms keep origin 'pool') and no Source, and the graph is only ever written into a benchmark database.
 *
 * Shape (defaults): the real country of GB/T 2260 (bench/data/regions.ts: 31 provinces, their cities and 2,851
 * county-level districts, real names and codes) with 2–4 zones per district, 480,000 local enterprises spread by
 * the provinces' rough share of industrial firms and the districts' kind, ~95,000 products with the pool's
 * upstream edges as FEEDS, ~1,000 chains grown upstream from pool products (plus the 30 seeded chains), one very
 * large chain (~800 links), one generated plan per district naming its chains, projects per district, pool firms
 * with their main products and as chain targets. Hub products (铝锭 and other links shared by many chains) get
 * producers from many districts.
 */
import path from 'node:path';
import { z } from 'zod';
import type { SeedGraph } from '../../seed/compile.ts';
import { readJsonLines, readPool } from '../../server/pool/read.ts';
import { emptyGraph, type NationalGraph } from './graph.ts';
import { Random, zipfCumulative } from './random.ts';
import { districtWeight, PROVINCE_FIRMS_K, type Region, readRegions, regionId } from './regions.ts';

/** The seed's district (重庆市綦江区, GB/T 2260 500110). */
export const QIJIANG = regionId('500110');

export interface GenerateOptions {
  poolDir: string;
  seed: SeedGraph;
  /** Local firms in the whole country. */
  firms?: number;
  chains?: number;
  largestChainLinks?: number;
  randomSeed?: number;
}

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

const productLine = z.object({ name: z.string().min(1) });
const productEdgeLine = z.object({ from_entity: z.string().min(1), to_entity: z.string().min(1) });
const companyIndustryLine = z.object({ company_code: z.string(), industry_code: z.string() });
const industryLine = z.object({ code: z.string(), name: z.string() });

interface ChainDraft {
  id: string;
  anchor: number;
  links: { product: number; stage: number }[];
  edges: [number, number][];
  industry: string;
}

export async function generateNational(opts: GenerateOptions): Promise<NationalGraph> {
  const rnd = new Random(opts.randomSeed ?? 20261126);
  const firmTotal = opts.firms ?? 480_000;
  const chainCount = opts.chains ?? 1000;
  const largest = opts.largestChainLinks ?? 800;
  const seed = opts.seed;
  const g = emptyGraph();

  // Products: the seed's links keep their ids; every other pool name becomes np-<n> in file order.
  const names: string[] = [];
  const ids: string[] = [];
  const index = new Map<string, number>();
  const seedProductByName = new Map(seed.products.map((p) => [p.name, p.id]));
  const addProduct = (name: string): number => {
    const known = index.get(name);
    if (known !== undefined) return known;
    const i = names.length;
    names.push(name);
    const seedId = seedProductByName.get(name);
    const id = seedId ?? `np-${i}`;
    ids.push(id);
    index.set(name, i);
    if (!seedId) g.products.push({ id, name });
    return i;
  };
  for (const p of seed.products) addProduct(p.name);
  await readJsonLines(path.join(opts.poolDir, 'product.json'), 'product.json', productLine, (row) => {
    addProduct(row.name.trim());
  });
  // FEEDS: "to_entity is an upstream material of from_entity" → material FEEDS product.
  const up = new Map<number, number[]>();
  const edgeKeys = new Set<string>();
  await readJsonLines(
    path.join(opts.poolDir, 'product_product.json'),
    'product_product.json',
    productEdgeLine,
    (row) => {
      const product = addProduct(row.from_entity.trim());
      const material = addProduct(row.to_entity.trim());
      if (product === material) return;
      const key = `${material}>${product}`;
      if (edgeKeys.has(key)) return;
      edgeKeys.add(key);
      const list = up.get(product);
      if (list) list.push(material);
      else up.set(product, [material]);
    },
  );

  // Industries: the pool's 31 top-level industries next to the seed's six.
  const topIndustry = new Map<string, string>();
  let position = 100;
  await readJsonLines(path.join(opts.poolDir, 'industry.json'), 'industry.json', industryLine, (row) => {
    if (!row.code.endsWith('0000')) return;
    const id = `ni-${row.code}`;
    topIndustry.set(row.code.slice(0, 2), id);
    g.industries.push({ id, name: row.name, position: position++ });
  });
  const industryIds = g.industries.map((i) => i.id);
  const companyTop = new Map<string, string>();
  await readJsonLines(
    path.join(opts.poolDir, 'company_industry.json'),
    'company_industry.json',
    companyIndustryLine,
    (row) => {
      const top = topIndustry.get(row.industry_code.slice(0, 2));
      if (top) companyTop.set(row.company_code, top);
    },
  );
  const pool = await readPool(opts.poolDir);
  const productIndustry = new Map<number, string>();
  const companiesByProduct = new Map<number, string[]>();
  for (const c of pool.companies) {
    g.enterprises.push({
      id: `pool-${c.code}`,
      name: c.name,
      fullName: c.fullName,
      local: false,
      origin: 'pool',
      district: null,
      industries: [],
      code: c.code,
      exchange: c.exchange,
    });
  }
  const poolIds = new Set(pool.companies.map((c) => c.code));
  const mainKeys = new Set<string>();
  for (const m of pool.mainProducts) {
    if (!poolIds.has(m.code)) continue;
    const p = index.get(m.productName.trim());
    if (p === undefined) continue;
    const key = `${m.code}>${p}`;
    if (mainKeys.has(key)) continue;
    mainKeys.add(key);
    g.mainProduct.push({
      enterprise: `pool-${m.code}`,
      product: ids[p] as string,
      weight: m.weight,
      productName: m.productName,
    });
    const top = companyTop.get(m.code);
    if (top && !productIndustry.has(p)) productIndustry.set(p, top);
    const list = companiesByProduct.get(p);
    if (list) list.push(`pool-${m.code}`);
    else companiesByProduct.set(p, [`pool-${m.code}`]);
  }

  // Chains: grown upstream (breadth first) from anchor products that have at least three materials.
  // At most `fanIn` materials per product, so chains grow deep rather than into one wide star.
  const grow = (
    anchor: number,
    maxDepth: number,
    cap: number,
    fanIn: number,
  ): Omit<ChainDraft, 'id' | 'industry'> => {
    const dist = new Map<number, number>([[anchor, 0]]);
    let frontier = [anchor];
    for (let d = 1; d <= maxDepth && frontier.length > 0 && dist.size < cap; d++) {
      const next: number[] = [];
      for (const p of frontier) {
        for (const m of rnd.sample(up.get(p) ?? [], fanIn)) {
          if (dist.has(m) || dist.size >= cap) continue;
          dist.set(m, d);
          next.push(m);
        }
      }
      frontier = next;
    }
    const depth = Math.max(...dist.values());
    const links = [...dist].map(([product, d]) => ({ product, stage: depth - d + 1 }));
    const edges: [number, number][] = [];
    for (const p of dist.keys()) {
      for (const m of up.get(p) ?? []) if (dist.has(m)) edges.push([m, p]);
    }
    return { anchor, links, edges };
  };
  const anchors = [...up.entries()].filter(([, ms]) => ms.length >= 3).map(([p]) => p);
  anchors.sort((a, b) => (up.get(b)?.length ?? 0) - (up.get(a)?.length ?? 0) || a - b);
  // The largest chain: the biggest (then deepest) upstream closure among the 300 best-connected anchors.
  let big: Omit<ChainDraft, 'id' | 'industry'> | null = null;
  const stagesOf = (c: { links: { stage: number }[] }) => Math.max(...c.links.map((l) => l.stage));
  for (const a of anchors.slice(0, 300)) {
    const c = grow(a, 10, largest, 10);
    if (
      !big ||
      c.links.length > big.links.length ||
      (c.links.length === big.links.length && stagesOf(c) > stagesOf(big))
    )
      big = c;
  }
  const drafts: ChainDraft[] = [];
  const usedAnchors = new Set<number>();
  const industryOf = (anchor: number) => productIndustry.get(anchor) ?? rnd.pick(industryIds);
  if (big) {
    drafts.push({ ...big, id: 'nc-0', industry: industryOf(big.anchor) });
    usedAnchors.add(big.anchor);
  }
  const shuffled = rnd.shuffle([...anchors]);
  for (const a of shuffled) {
    if (drafts.length >= chainCount) break;
    if (usedAnchors.has(a)) continue;
    const roll = rnd.next();
    const cap = roll < 0.7 ? rnd.int(8, 25) : roll < 0.95 ? rnd.int(25, 80) : rnd.int(80, 300);
    const c = grow(a, rnd.int(3, 6), cap, rnd.int(3, 8));
    if (c.links.length < 4) continue;
    usedAnchors.add(a);
    drafts.push({ ...c, id: `nc-${drafts.length}`, industry: industryOf(a) });
  }
  const perIndustry = new Map<string, number>();
  const feedChains = new Map<string, string[]>();
  for (const d of drafts) {
    const pos = (perIndustry.get(d.industry) ?? 0) + 1;
    perIndustry.set(d.industry, pos);
    const byStage = new Map<number, string[]>();
    for (const l of d.links) {
      const list = byStage.get(l.stage) ?? [];
      list.push(names[l.product] as string);
      byStage.set(l.stage, list);
      g.hasLink.push({ chain: d.id, product: ids[l.product] as string, stage: l.stage });
    }
    const stages = [...byStage.keys()].sort((a, b) => a - b);
    const expression = stages
      .map((s) => {
        const list = byStage.get(s) ?? [];
        return list.length > 3 ? `${list.slice(0, 3).join('、')}等` : list.join('、');
      })
      .join('—');
    g.chains.push({
      id: d.id,
      name: `${names[d.anchor]}产业链`,
      expression,
      industry: d.industry,
      position: pos,
      stageCount: stages.length,
    });
    for (const [m, p] of d.edges) {
      const key = `${m}>${p}`;
      const list = feedChains.get(key);
      if (list) list.push(d.id);
      else feedChains.set(key, [d.id]);
    }
  }
  for (const key of edgeKeys) {
    const [m, p] = key.split('>').map(Number) as [number, number];
    g.feeds.push({ from: ids[m] as string, to: ids[p] as string, chains: feedChains.get(key) ?? [] });
  }

  // Chain targets: pool firms whose main products are links of the chain, else any pool firm.
  for (const d of drafts) {
    const firms = new Set<string>();
    for (const l of d.links) for (const f of companiesByProduct.get(l.product) ?? []) firms.add(f);
    const list =
      firms.size > 0 ? [...firms] : g.enterprises.filter((e) => e.origin === 'pool').map((e) => e.id);
    for (const f of rnd.sample(list, rnd.int(0, 4))) g.targetFor.push({ enterprise: f, chain: d.id });
  }

  // Links every chain can draw from: the seeded chains too, so their hubs (铝锭 …) get national producers.
  const chainLinks: { chain: string; industry: string; links: string[] }[] = [
    ...seed.chains.map((c) => ({
      chain: c.id,
      industry: c.industry,
      links: seed.hasLink.filter((h) => h.chain === c.id).map((h) => h.product),
    })),
    ...drafts.map((d) => ({
      chain: d.id,
      industry: d.industry,
      links: d.links.map((l) => ids[l.product] as string),
    })),
  ].filter((c) => c.links.length > 0);
  const chainOrder = rnd.shuffle([...chainLinks]);
  const chainWeights = zipfCumulative(chainOrder.length, 0.8);
  const linkUse = new Map<string, number>();
  for (const c of chainLinks) for (const l of c.links) linkUse.set(l, (linkUse.get(l) ?? 0) + 1);
  const hubs = [...linkUse.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 200)
    .map(([id]) => id);

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
    const specialties: typeof chainLinks = [];
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
  return g;
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
