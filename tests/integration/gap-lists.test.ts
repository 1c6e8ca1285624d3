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
  priority: { score: number } | null;
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

  it('sorts by distance on request', async () => {
    const res = await gql<{ upstreamGaps: { gaps: { distance: number }[] } }>(
      '{ upstreamGaps(product: "p-压铸件", zone: "zone-beidu", sort: DISTANCE) { gaps { distance } } }',
    );
    const d = res.data?.upstreamGaps.gaps.map((g) => g.distance) ?? [];
    expect(d.length).toBeGreaterThan(2);
    expect(d).toEqual([...d].sort((a, b) => a - b));
  });
});
