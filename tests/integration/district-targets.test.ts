import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport, ImportInputError } from '../../server/imports/commit.ts';
import { repoRoot } from '../../server/paths.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { acceptedReview } from '../plans.ts';

// A district's own targets from an imported plan, read back through GraphQL. The plan is a short text WRITTEN FOR
// THE TEST (its figures made up, as its second line says); the real plans of tests/fixtures/plans/ state none but
// Qijiang's (docs/EXTRACTION.md, District targets).
const TONGGU_FILE = path.join(repoRoot, 'tests/fixtures/plans/tonggu-targets-written-for-test.txt');
const TONGGU = 'region-360926';

let db: Db;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput) => commitImport(db, input, actor as never);

interface DistrictTargets {
  zone: {
    name: string;
    output2025: number | null;
    valueAdded2025: number | null;
    targets: { year: number; output: number | null; valueAdded: number | null; plan: string | null }[];
  } | null;
}
const read = async (id: string) => {
  const r = await graphqlClient(db)<DistrictTargets>(
    'query ($id: ID!) { zone(id: $id) { name output2025 valueAdded2025 targets { year output valueAdded plan } } }',
    { id },
  );
  expect(r.errors).toBeUndefined();
  return r.data?.zone;
};

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
});
afterAll(async () => {
  await db.close();
});

describe('a district’s own targets from its imported plan', () => {
  it('gives the district its 2025 figures and a target per year, with the plan, next to the seeded Qijiang', async () => {
    const review = acceptedReview(TONGGU_FILE, '铜鼓县工业发展目标');
    expect(review.district).toBe('铜鼓县');
    const report = await commit(review);
    expect(report.facts.districtTargets).toEqual({ added: ['2025 年', '2030 年'], merged: [], skipped: 0 });
    const z = await read(TONGGU);
    expect(z).toMatchObject({ name: '铜鼓县', output2025: 85, valueAdded2025: 24 });
    expect(z?.targets).toEqual([
      { year: 2025, output: 85, valueAdded: 24, plan: report.documentId },
      { year: 2030, output: 130, valueAdded: null, plan: report.documentId },
    ]);
    // The zone's and the industry's targets stay theirs.
    const zones = await db.driver.executeQuery(
      `MATCH (z:Zone {name: '铜鼓工业园区'}) OPTIONAL MATCH (i:Industry {name: '竹木加工'})
       RETURN z.output2025 AS zone, i.output2025 AS industry`,
    );
    expect(zones.records[0]?.toObject()).toEqual({ zone: 60, industry: 30 });
    // The seeded district keeps its own.
    expect(await read('region-500110')).toMatchObject({ output2025: 1000, valueAdded2025: 260 });
  });

  it('cites the plan’s sentence on the district and audits the change; a second commit changes nothing', async () => {
    const quotes = await db.driver.executeQuery(
      `MATCH (d:Zone {id: $id}) UNWIND d.sources AS s MATCH (src:Source {id: s}) RETURN src.quote AS quote`,
      { id: TONGGU },
    );
    // Once: the 2025 and 2030 targets share their sentence, and the district cites it once.
    expect(
      quotes.records.filter((r) =>
        String(r.get('quote')).includes('全县工业总产值达到85亿元，工业增加值达到24亿元'),
      ),
    ).toHaveLength(1);
    const audit = async () =>
      (
        await db.driver.executeQuery(
          `MATCH (a:AuditEntry {action: 'IMPORT_PLAN', entity: $id, entityType: 'Zone'}) RETURN a.before AS b, a.after AS a`,
          { id: TONGGU },
        )
      ).records.map((r) => [JSON.parse(r.get('b')), JSON.parse(r.get('a'))]);
    expect(await audit()).toEqual([
      [
        expect.objectContaining({ output2025: null, valueAdded2025: null }),
        expect.objectContaining({ output2025: 85, valueAdded2025: 24 }),
      ],
    ]);
    const again = await commit(acceptedReview(TONGGU_FILE, '铜鼓县工业发展目标'));
    expect(again.facts.districtTargets).toEqual({ added: [], merged: ['2025 年', '2030 年'], skipped: 0 });
    expect(await audit()).toHaveLength(1);
  });

  it('commits the year and figures the reviewer corrected, and nothing of a refused one', async () => {
    const review = acceptedReview(TONGGU_FILE, '铜鼓县工业发展目标');
    const [t2025] = review.districtTargets ?? [];
    if (!t2025) throw new Error('no 2025 target read');
    await commit({
      ...review,
      title: '铜鼓县工业发展目标（修订）',
      text: `${review.text}\n（修订）`,
      districtTargets: [{ ...t2025, output: 90 }],
      skippedFacts: { districtTargets: 1 },
    });
    const z = await read(TONGGU);
    expect(z).toMatchObject({ output2025: 90, valueAdded2025: 24 });
    // The earlier plan's 2030 target stays; the revision gives none for 2030.
    expect(z?.targets.filter((t) => t.year === 2030)).toHaveLength(1);
  });

  it('refuses a district target without a figure, or two for one year, writing nothing', async () => {
    const review = acceptedReview(TONGGU_FILE, '铜鼓县工业发展目标');
    const [t] = review.districtTargets ?? [];
    if (!t) throw new Error('no target read');
    for (const [targets, field] of [
      [[{ ...t, output: null, valueAdded: null }], 'districtTargets[0]'],
      [[t, { ...t, output: 1 }], 'districtTargets[1].year'],
    ] as const) {
      const err = await commit({ ...review, districtTargets: [...targets] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportInputError);
      expect((err as ImportInputError).field).toBe(field);
    }
    expect(await read(TONGGU)).toMatchObject({ output2025: 90 });
  });
});
