import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { clearDb, graphqlClient, resetAndSeed, startApp, testDb } from '../helpers.ts';

/**
 * The API's answers for every explorer operation on the seed graph, compared with the answers recorded in
 * tests/fixtures/api-answers.json. A refactor must leave them as they are; a change of meaning is recorded on
 * purpose with `UPDATE_API_ANSWERS=1 npx vitest run tests/integration/api-answers.test.ts` and reviewed in the
 * diff. Cases are derived from the seed (every chain, every zone), so the set grows with the seed.
 */

const here = path.dirname(new URL(import.meta.url).pathname);
const goldenFile = path.join(here, '..', 'fixtures', 'api-answers.json');
const operationsFile = path.join(here, '..', '..', 'client', 'src', 'api', 'operations.graphql');
const update = process.env.UPDATE_API_ANSWERS === '1';

/** Each named query operation of the explorer, as the client sends it (with the fragments it uses). */
function explorerOperations(): Map<string, string> {
  const doc = parse(readFileSync(operationsFile, 'utf8'));
  const fragments = doc.definitions.filter((d) => d.kind === 'FragmentDefinition');
  const out = new Map<string, string>();
  for (const d of doc.definitions) {
    if (d.kind !== 'OperationDefinition' || d.operation !== 'query' || !d.name) continue;
    const text = print(d);
    const used = fragments.filter((f) => text.includes(`...${f.name.value}`));
    // Fragments used by fragments (one level is all operations.graphql has; two for safety).
    const more = fragments.filter(
      (f) => !used.includes(f) && used.some((u) => print(u).includes(`...${f.name.value}`)),
    );
    out.set(d.name.value, [text, ...[...used, ...more].map((f) => print(f))].join('\n'));
  }
  return out;
}

interface Case {
  key: string;
  run: () => Promise<unknown>;
}

let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  db = testDb();
  // From an empty database: the seed reset keeps audit entries, and those of earlier test files would show up
  // as lastChange.
  await clearDb(db);
  await resetAndSeed(db);
  app = await startApp(db);
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('API answers for the explorer operations', () => {
  it('are the recorded ones on the seed graph', async () => {
    const ops = explorerOperations();
    const gql = graphqlClient(db);
    const call = (op: string, variables: Record<string, unknown>) => async () => {
      const text = ops.get(op);
      if (!text) throw new Error(`operations.graphql has no query ${op}`);
      return gql(text, variables);
    };
    const get = (p: string) => async () => {
      const res = await fetch(`${app.base}${p}`);
      const type = res.headers.get('content-type') ?? '';
      const body = type.includes('json') ? await res.json() : await res.text();
      return { status: res.status, type, body };
    };

    const overview = (await call('Overview', {})()) as { data: { chains: { id: string }[] } };
    // Every zone of the seed (no page asks for them all since issue #20: Query.zones, straight).
    const every = (await gql('{ zones { id } }')) as { data: { zones: { id: string }[] } };
    const zones = every.data.zones.map((z) => z.id).sort();
    const chains = overview.data.chains.map((c) => c.id).sort();
    expect(zones.length).toBeGreaterThan(10);
    expect(chains.length).toBeGreaterThan(20);
    // The plan's zones are sampled; the regions above them (重庆市, 綦江区) are cases of their own.
    const regions = zones.filter((z) => z.startsWith('region-'));
    const someZones = zones.filter((z) => !z.startsWith('region-')).filter((_, i) => i % 5 === 0);

    const chainView = (await call('ChainView', { id: chains[0] })()) as {
      data: { chain: { links: { product: { id: string } }[] } };
    };
    const firstLinks = new Set<string>();
    for (const c of chains) {
      const r = (await call('ChainView', { id: c })()) as typeof chainView;
      for (const l of r.data.chain.links.slice(-2)) firstLinks.add(l.product.id);
    }
    const products = [...firstLinks].sort().filter((_, i) => i % 4 === 0);

    const cases: Case[] = [];
    const add = (key: string, run: () => Promise<unknown>) => cases.push({ key, run });
    // The scope selector (issue #20): as it opens, unscoped and on a zone; a zone's children; the search.
    add('ScopeTree', call('ScopeTree', {}));
    add('ScopeTree zone=zone-beidu', call('ScopeTree', { zone: 'zone-beidu' }));
    add('ZoneChildren zone-qijiang-hitech', call('ZoneChildren', { parent: 'zone-qijiang-hitech' }));
    add('ZoneSearch 组团 first=3', call('ZoneSearch', { query: '组团', first: 3 }));
    add('ZoneSearch 铝', call('ZoneSearch', { query: '铝', first: 20 }));
    add('Plans', call('Plans', {}));
    add('Plans zone=zone-beidu', call('Plans', { zone: 'zone-beidu' }));
    add(
      'ZoneSearch 綦江 kinds=省,市,区县',
      call('ZoneSearch', { query: '綦江', first: 20, kinds: ['省', '市', '区县'] }),
    );
    // The lead form asks as many zones as it shows (LEAD_ZONES_SHOWN, 200).
    add('LeadZones', call('LeadZones', { first: 200 }));
    add('LeadZones zone=zone-beidu', call('LeadZones', { zone: 'zone-beidu', first: 200 }));
    add('PlanDistrict', call('PlanDistrict', { plan: 'doc-qijiang-plan-2021-2025' }));
    add('Overview', call('Overview', {}));
    for (const z of someZones) add(`Overview zone=${z}`, call('Overview', { zone: z }));
    add('AllChains', call('AllChains', {}));
    for (const z of someZones) add(`AllChains zone=${z}`, call('AllChains', { zone: z }));
    for (const z of regions) {
      add(`Overview zone=${z}`, call('Overview', { zone: z }));
      add(`ChainView ${chains[0]} zone=${z}`, call('ChainView', { id: chains[0], zone: z }));
      add(`EnterprisePage zone=${z}`, call('EnterprisePage', { zone: z, first: 50 }));
    }
    for (const c of chains) add(`ChainView ${c}`, call('ChainView', { id: c }));
    for (const c of chains.slice(0, 6))
      for (const z of someZones) add(`ChainView ${c} zone=${z}`, call('ChainView', { id: c, zone: z }));
    add('ChainView missing', call('ChainView', { id: 'chain-that-does-not-exist' }));
    for (const p of products) {
      add(`ProductDetail ${p}`, call('ProductDetail', { id: p }));
      add(`UpstreamGapsView ${p}`, call('UpstreamGapsView', { product: p }));
      add(
        `UpstreamGapsView ${p} zone=${someZones[1]}`,
        call('UpstreamGapsView', { product: p, zone: someZones[1] }),
      );
      // As the explorer asks it: 外区企业 counted, not listed.
      add(
        `UpstreamGapsView ${p} zone=${someZones[1]} counted`,
        call('UpstreamGapsView', { product: p, zone: someZones[1], listOtherDistricts: false }),
      );
    }
    add('UpstreamGapsView depth=2', call('UpstreamGapsView', { product: products[0], maxDepth: 2 }));
    for (const z of zones) add(`ZoneProfile ${z}`, call('ZoneProfile', { id: z }));
    // The zone page's filter and form options: its district's chains and zones (ZONES_OFFERED, 500).
    for (const z of someZones)
      add(`ZoneTableOptions ${z}`, call('ZoneTableOptions', { zone: z, first: 500 }));
    add('EnterprisePage', call('EnterprisePage', { first: 200 }));
    add('EnterprisePage local', call('EnterprisePage', { local: true, first: 20 }));
    add('EnterprisePage not local', call('EnterprisePage', { local: false, first: 20 }));
    add('EnterprisePage query=铝', call('EnterprisePage', { query: '铝', first: 20 }));
    for (const z of someZones)
      add(`EnterprisePage zone=${z}`, call('EnterprisePage', { zone: z, first: 50 }));
    add('EnterprisePage industry', call('EnterprisePage', { industry: 'ind-new-materials', first: 30 }));
    add('EnterprisePage product', call('EnterprisePage', { product: products[0], first: 30 }));
    for (const q of ['铝', '再生', '齿轮', '綦江', 'x']) add(`Search ${q}`, call('Search', { query: q }));
    for (const c of chains.slice(0, 4)) {
      add(`briefing ${c}.json`, get(`/briefings/${c}.json`));
      add(`briefing ${c}.md`, get(`/briefings/${c}.md`));
      add(`briefing ${c}.json zone=${someZones[1]}`, get(`/briefings/${c}.json?zone=${someZones[1]}`));
    }
    add('export enterprises.csv', get('/tables/export/enterprises.csv'));
    add('export projects.csv', get('/tables/export/projects.csv'));
    add(
      `export enterprises.csv zone=${someZones[1]}`,
      get(`/tables/export/enterprises.csv?zone=${someZones[1]}`),
    );
    add(`export chain ${chains[0]}.json`, get(`/tables/export/chains/${chains[0]}.json`));
    add(`export chain ${chains[0]}.graphml`, get(`/tables/export/chains/${chains[0]}.graphml`));

    // Briefings and exports carry the day they were made: today's date is recorded as <today>, so the answers
    // compare on any day (they were recorded on one and failed on every other).
    const days = new Set(
      ['UTC', 'Asia/Shanghai'].map((timeZone) => new Date().toLocaleDateString('sv-SE', { timeZone })),
    );
    const undated = (v: unknown): unknown =>
      JSON.parse(
        [...days].reduce((text, day) => text.split(day).join('<today>'), JSON.stringify(v) ?? 'null'),
      );
    const answers: Record<string, unknown> = {};
    for (const c of cases) answers[c.key] = undated(await c.run());

    if (update) {
      writeFileSync(goldenFile, `${JSON.stringify(answers, null, 1)}\n`);
      return;
    }
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(answers).sort()).toEqual(Object.keys(golden).sort());
    for (const key of Object.keys(golden))
      expect({ key, answer: answers[key] }).toEqual({ key, answer: golden[key] });
    // Some 200 calls: ~55 s on a loaded two-core machine, above the suite's 60 s default; 600 s for a machine
    // shared by several test runs (load 20 on two cores took over 300 s).
  }, 600_000);
});
