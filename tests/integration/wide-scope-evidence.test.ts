import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { MAX_LISTED_PRODUCERS } from '../../server/domain/status.ts';
import { buildEnterprise, buildGraph, buildZone } from '../builders.ts';
import { clearDb, graphqlClient, TEST_ACTOR, testDb } from '../helpers.ts';

/**
 * A link's producers in a wide scope (over 300 zones: a city or province of the national graph) are read per link,
 * the first MAX_LISTED_PRODUCERS by name, and counted from the stored LinkCount (cypher/fragments/scoped-producers,
 * link-count): before, every producer in scope was collected for every link of the batch, and a province's page of
 * sought links ran out of transaction memory. The answer must be the one the narrow path gives: here a district of
 * 301 zones (its scope: 302, wide) whose 55 producers of 再生铝 all sit in one zone (its scope: 1, narrow), plus one
 * firm outside the district that neither scope counts.
 */
let db: Db;
const DISTRICT = 'region-500110';
const firms = Array.from({ length: 55 }, (_, i) => `再生企业${String(i + 1).padStart(2, '0')}`);

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  const zones = Array.from({ length: 301 }, (_, i) => buildZone({ id: `zone-w${i}`, name: `园区${i}` }));
  await writeSeed(
    db,
    buildGraph({
      district: '重庆市綦江区',
      stages: [['废铝'], ['再生铝'], ['铝合金']],
      zones,
      enterprises: [
        ...firms.map((name, i) =>
          buildEnterprise({ id: `ent-w${i}`, name, zone: 'zone-w7', produces: ['再生铝'] }),
        ),
        buildEnterprise({ id: 'ent-alloy', name: '合金企业', zone: 'zone-w9', produces: ['铝合金'] }),
      ],
    }),
    { actor: TEST_ACTOR },
  );
  await writeSeed(
    db,
    buildGraph({
      key: 'nanchuan',
      district: '重庆市南川区',
      stages: [['再生铝']],
      enterprises: [
        buildEnterprise({
          id: 'ent-nc',
          name: '南川再生企业',
          zone: 'zone-a-nanchuan',
          produces: ['再生铝'],
        }),
      ],
    }),
    { actor: TEST_ACTOR },
  );
}, 180_000);
afterAll(async () => {
  await db?.close();
});

type Evidence = {
  product: {
    reason: {
      status: string;
      producerCount: number;
      producers: { name: string; zone: { id: string } | null }[];
      summary: string;
    };
  };
};

describe('a link in a scope of over 300 zones', () => {
  it('lists the first producers by name and counts them all, as the narrow scope does', async () => {
    const zoneCount = await db.driver.executeQuery(
      `MATCH (z:Zone)-[:PART_OF*0..]->(:Zone {id: $d}) RETURN count(z) AS n`,
      { d: DISTRICT },
    );
    expect(Number(zoneCount.records[0]?.get('n'))).toBeGreaterThan(300);
    const q = `query ($z: ID) { product(id: "p-再生铝", zone: $z) {
      reason { status producerCount producers { name zone { id } } summary } } }`;
    const gql = graphqlClient(db);
    const wide = await gql<Evidence>(q, { z: DISTRICT });
    const narrow = await gql<Evidence>(q, { z: 'zone-w7' });
    expect(wide.errors).toBeUndefined();
    expect(narrow.errors).toBeUndefined();
    const listed = [...firms].sort().slice(0, MAX_LISTED_PRODUCERS);
    const reason = wide.data?.product.reason;
    expect(reason?.producerCount).toBe(55);
    expect(reason?.status).toBe('STRONG');
    expect(reason?.producers.map((p) => p.name)).toEqual(listed);
    expect(reason?.producers.every((p) => p.zone?.id === 'zone-w7')).toBe(true);
    expect(reason?.summary).toContain('55');
    // The same firms, count and status as the narrow scope (its summary names its own scope).
    const { summary: _w, ...wideRest } = reason ?? {};
    const { summary: _n, ...narrowRest } = narrow.data?.product.reason ?? {};
    expect(wideRest).toEqual(narrowRest);
    // The chain's links in the wide scope: the same count, and a link with one producer listed with its zone.
    const chain = await gql<{
      chain: {
        links: {
          product: { name: string };
          reason: { producerCount: number; producers: { name: string }[] };
        }[];
      };
    }>(
      `query ($z: ID) { chain(id: "chain-t", zone: $z) {
        links { product { name } reason { producerCount producers { name } } } } }`,
      { z: DISTRICT },
    );
    expect(chain.errors).toBeUndefined();
    const links = new Map(chain.data?.chain.links.map((l) => [l.product.name, l.reason]));
    expect(links.get('再生铝')?.producerCount).toBe(55);
    expect(links.get('铝合金')).toMatchObject({ producerCount: 1, producers: [{ name: '合金企业' }] });
    expect(links.get('废铝')).toMatchObject({ producerCount: 0, producers: [] });
  }, 180_000);
});
