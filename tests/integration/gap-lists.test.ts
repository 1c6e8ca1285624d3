/**
 * One list everywhere (#16): the briefing, the chain's links, the product panel and the upstream view show the
 * same gaps in the same priority order with the same candidates, for every seeded chain — with the national pool
 * (test fixture) loaded, so pool firms are among them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBriefing } from '../../server/briefing/data.ts';
import { briefingMarkdown } from '../../server/briefing/markdown.ts';
import { NO_CANDIDATES } from '../../server/briefing/text.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildYoga } from '../../server/graphql/yoga.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import { UPSTREAM_LISTED_GAPS } from '../../vocab/priority.ts';
import { graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

let db: Db;
let gql: ReturnType<typeof graphqlClient>;
let yoga: ReturnType<typeof buildYoga>;

interface Cand {
  kind: string;
  folded: boolean;
  fit: number;
  enterprise: { name: string } | null;
  project: { name: string } | null;
}
interface Link {
  product: { id: string; name: string };
  status: string;
  priority: { score: number; parts?: { part: string; text: string }[] } | null;
  candidates: Cand[];
}
const name = (c: Cand) => c.enterprise?.name ?? c.project?.name;
const CAND = 'candidates { kind folded fit enterprise { name } project { name } }';

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  yoga = buildYoga(db, { production: true, settings: { readRequiresToken: false } });
  await resetAndSeed(db);
  await importPool(db, {
    dir: path.resolve(import.meta.dirname, '../fixtures/chainkg'),
    aliases: readAliases(aliasesFile),
    actor: TEST_ACTOR,
  });
});
afterAll(async () => db?.close());

async function chainLinks(id: string, zone: string | null): Promise<Link[]> {
  const res = await gql<{ chain: { links: Link[] } }>(
    `query ($id: ID!, $zone: ID) { chain(id: $id, zone: $zone) {
      links { product { id name } status priority { score } ${CAND} } } }`,
    { id, zone },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.chain.links ?? [];
}

describe('one ranked list everywhere', () => {
  it('the briefing lists the API’s gaps by priority with the same top candidates, for every seeded chain', async () => {
    const res = await gql<{ chains: { id: string }[] }>('{ chains { id } }');
    const ids = res.data?.chains.map((c) => c.id) ?? [];
    expect(ids.length).toBeGreaterThan(20);
    let poolListed = 0;
    const runs = [
      ...ids.map((id) => [id, null] as const),
      ['chain-scrap-aluminium-recycling', 'zone-beidu'] as const,
    ];
    for (const [id, zone] of runs) {
      const links = await chainLinks(id, zone);
      const gaps = links
        .filter((l) => l.priority !== null)
        .sort((a, b) => (b.priority?.score ?? 0) - (a.priority?.score ?? 0));
      const b = await fetchBriefing(yoga, id, zone);
      expect(b.poolLoaded).toBe(true);
      expect(
        b.gaps.map((g) => g.priority.score),
        id,
      ).toEqual(gaps.map((g) => g.priority?.score));
      const api = new Map(gaps.map((g) => [g.product.name, g]));
      for (const g of b.gaps) {
        const listed = api.get(g.link)?.candidates.filter((c) => !c.folded) ?? [];
        expect(
          g.candidates.map((c) => c.name),
          `${id} ${zone} ${g.link}`,
        ).toEqual(listed.map(name));
        poolListed += g.candidates.filter((c) => c.kind === 'POOL_ENTERPRISE').length;
      }
      // No gap row says there is no one to invite where the API lists someone.
      const md = briefingMarkdown(b, { image: 'x.svg' });
      const withCandidates = b.gaps.filter((g) => g.candidates.length > 0).length;
      expect(md.split(NO_CANDIDATES).length - 1).toBe(b.gaps.length - withCandidates);
    }
    expect(poolListed).toBeGreaterThan(0);
  }, 300_000);

  it('the upstream view, the product panel and the chain link give one gap the same list and priority', async () => {
    const up = await gql<{ upstreamGaps: { gaps: (Link & { reason: { projectCount: number } })[] } }>(
      `{ upstreamGaps(product: "p-压铸件", zone: "zone-beidu") {
        gaps { product { id name } status reason { projectCount } priority { score } ${CAND} } } }`,
    );
    expect(up.errors).toBeUndefined();
    const gaps = up.data?.upstreamGaps.gaps ?? [];
    const scores = gaps.map((g) => g.priority?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const links = new Map(
      (await chainLinks('chain-scrap-aluminium-recycling', 'zone-beidu')).map((l) => [l.product.id, l]),
    );
    for (const g of gaps) {
      const p = await gql<{ product: Link }>(
        `query ($id: ID!) { product(id: $id, zone: "zone-beidu") { id status priority { score } ${CAND} } }`,
        { id: g.product.id },
      );
      expect(p.data?.product.priority, g.product.name).toEqual(g.priority);
      expect(p.data?.product.candidates.map(name)).toEqual(g.candidates.map(name));
      const l = links.get(g.product.id);
      if (l) expect(l.candidates.map(name)).toEqual(g.candidates.map(name));
      // The status line and the list count the same projects: those in scope, listed; the others folded.
      const projects = g.candidates.filter((c) => c.kind === 'PROJECT' && !c.folded);
      expect(projects.length, g.product.name).toBe(g.reason.projectCount);
      // Nothing folded comes before something listed.
      const firstFolded = g.candidates.findIndex((c) => c.folded);
      if (firstFolded >= 0) expect(g.candidates.slice(firstFolded).every((c) => c.folded)).toBe(true);
    }
    const recycled = gaps.find((g) => g.product.name === '再生铝');
    expect(recycled?.candidates.some((c) => c.kind === 'PROJECT' && c.folded)).toBe(true);
  });

  it('lists the candidates of the first N gaps only, the rest unlisted with unchanged priority and order', async () => {
    type G = Link & { candidatesListed: boolean };
    const q = `query ($n: Int, $sort: GapSort) { upstreamGaps(product: "p-汽车轻量化材料", zone: "zone-fuhuan",
      listOtherDistricts: false, listCandidates: $n, sort: $sort) {
      gaps { product { id name } status priority { score parts { part text } } candidatesListed ${CAND} } } }`;
    for (const sort of ['PRIORITY', 'DISTANCE']) {
      const read = async (n: number | null) => {
        const r = await gql<{ upstreamGaps: { gaps: G[] } }>(q, { n, sort });
        expect(r.errors).toBeUndefined();
        return r.data?.upstreamGaps.gaps ?? [];
      };
      const all = await read(null);
      // Enough gaps here that some are past the first N (11 in 扶欢组团).
      expect(all.length).toBeGreaterThan(UPSTREAM_LISTED_GAPS);
      expect(all.every((g) => g.candidatesListed)).toBe(true);
      for (const n of [UPSTREAM_LISTED_GAPS, 2]) {
        const first = await read(n);
        expect(first.map((g) => [g.product.id, g.priority])).toEqual(
          all.map((g) => [g.product.id, g.priority]),
        );
        for (const [i, g] of first.entries()) {
          expect([g.candidatesListed, g.candidates], g.product.name).toEqual([
            i < n,
            i < n ? all[i]?.candidates : [],
          ]);
        }
      }
    }
    const [none] =
      (await gql<{ upstreamGaps: { gaps: G[] } }>(q, { n: 0, sort: 'PRIORITY' })).data?.upstreamGaps.gaps ??
      [];
    expect(none?.candidatesListed).toBe(false);
    // Upstream of 压铸件 in 北渡组团 with only the first gap listed: each gap past it says in its 可招引 part how
    // many candidates product(id:, zone:) lists for it (none: 暂无).
    const beidu = await gql<{ upstreamGaps: { gaps: G[] } }>(
      `{ upstreamGaps(product: "p-压铸件", zone: "zone-beidu", listOtherDistricts: false, listCandidates: 1) {
        gaps { product { id name } status priority { score parts { part text } } candidatesListed ${CAND} } } }`,
    );
    const unlisted = (beidu.data?.upstreamGaps.gaps ?? []).filter((g) => !g.candidatesListed);
    expect(unlisted.length).toBeGreaterThan(3);
    for (const g of unlisted) {
      const p = await gql<{ product: Link }>(
        `query ($id: ID!) { product(id: $id, zone: "zone-beidu") { ${CAND} } }`,
        { id: g.product.id },
      );
      const shown = p.data?.product.candidates.filter((c) => !c.folded).length ?? 0;
      expect(g.priority?.parts?.find((x) => x.part === 'CANDIDATES')?.text, g.product.name).toMatch(
        shown > 0 ? new RegExp(`^有 ${shown} 个候选`) : /^暂无/,
      );
    }
    const bad = await gql(q, { n: -1, sort: 'PRIORITY' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'listCandidates' });
  });

  it('sorts by distance on request', async () => {
    const res = await gql<{ upstreamGaps: { gaps: { distance: number }[] } }>(
      '{ upstreamGaps(product: "p-压铸件", zone: "zone-beidu", sort: DISTANCE) { gaps { distance } } }',
    );
    const d = res.data?.upstreamGaps.gaps.map((g) => g.distance) ?? [];
    expect(d.length).toBeGreaterThan(2);
    expect(d).toEqual([...d].sort((a, b) => a - b));
  });
});
