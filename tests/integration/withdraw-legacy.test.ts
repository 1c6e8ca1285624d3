// Withdrawing plans committed before provenance was kept (docs/IMPORTS.md, *Plans committed before provenance was
// kept*): the old commit is mimicked by tests/withdrawLegacy.ts on a commit of today's code, the start-up migration
// (seed/migrateProvenance.ts) runs, and the withdrawal either gives back the graph before or lists what it cannot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateProvenance } from '../../seed/migrateProvenance.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { withdrawImport } from '../../server/imports/withdraw.ts';
import type { ImportCommitInput, WithdrawReport } from '../../vocab/imports.ts';
import { resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { makeLegacy } from '../withdrawLegacy.ts';
import { PLAN_A_TITLE, planA, planB } from '../withdrawPlans.ts';
import { difference, snapshot } from '../withdrawSnapshot.ts';

let db: Db;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput) => commitImport(db, input, actor as never);
const withdraw = (id: string, dryRun = false) => withdrawImport(db, id, actor as never, { dryRun });
const migrate = () => migrateProvenance(db, { actor: TEST_ACTOR });

/** A plan committed the old way: today's commit, its records taken off. */
async function legacyCommit(input: ImportCommitInput) {
  const report = await commit(input);
  await makeLegacy(db, report.documentId);
  return report;
}

const unsureOf = (r: WithdrawReport) =>
  r.unsure.map((u) => `${u.reason}:${u.outcome}:${u.name}:${u.fields.join(',')}:${u.by.join(',')}`).sort();

/** The graph's lines about `id` (a node's own line, or an edge to or from it). */
const about = (lines: string[], ...ids: string[]) =>
  lines.filter((l) => ids.some((id) => l.includes(`"id":"${id}"`) || l.includes(`"${id}"`)));

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
});
afterAll(async () => {
  await db.close();
});

describe('withdrawing a plan committed before provenance was kept', () => {
  it('plan A merged with the seed: exact but for the figures it may have written, which the report lists', async () => {
    const before = await snapshot(db);
    const a = await legacyCommit(planA());
    // The old commit overwrote the seed's quote on 旗能电铝 in 北渡组团: the migration gives it back, once.
    expect(await migrate()).toBe(1);
    expect(await migrate()).toBe(0);
    const dry = await withdraw(a.documentId, true);
    const report = await withdraw(a.documentId);
    expect(dry.unsure).toEqual(report.unsure);
    // Nothing is restored (no figure entries); the zone's and the industry's figures are listed instead.
    expect(report.restored.map((r) => r.id)).toEqual(['region-500110']);
    expect(unsureOf(report)).toEqual(
      [
        'NO_FIGURE_AUDIT:kept:北渡组团:output2025,valueAdded2025,targetYear:',
        'NO_FIGURE_AUDIT:kept:新材料:output2025,valueAdded2025,targetYear:',
        // Plan A put 北渡组团 at the district's top level; the old commit did not say that edge was its own.
        'NO_PLANS:kept:北渡组团 → 綦江区::',
      ].sort(),
    );
    // The firm only plan A stated goes, with its bare edge to the district (it was kept as 仍被引用 before).
    expect(report.removed.firms.sort()).toEqual(['重庆渝新铝材有限公司', '重庆綦铝科技有限公司'].sort());
    // The graph is the seed's but for exactly the listed items.
    const diff = difference(before, await snapshot(db));
    expect(diff.onlyBefore.map((l) => JSON.parse(l).props.id ?? JSON.parse(l).labels[0]).sort()).toEqual(
      ['ind-new-materials', 'zone-beidu'].sort(),
    );
    expect(diff.onlyAfter).toHaveLength(3);
    expect(about(diff.onlyAfter, 'ind-new-materials', 'zone-beidu')).toHaveLength(3);
    expect(JSON.parse(diff.onlyAfter.find((l) => l.includes('PART_OF')) ?? '{}')).toMatchObject({
      a: 'zone-beidu',
      b: 'region-500110',
    });
  }, 300_000);

  it('without the migration the seed’s edge would go: the report names it and who else cites its ends', async () => {
    await resetAndSeed(db);
    const a = await legacyCommit(planA());
    const report = await withdraw(a.documentId, true);
    expect(unsureOf(report).filter((u) => u.startsWith('LAST_SOURCE_ONLY'))).toEqual([
      'LAST_SOURCE_ONLY:removed:旗能电铝 → 北渡组团::重庆市綦江区“十四五”工业转型升级高质量发展规划（2021—2025 年）',
    ]);
    await migrate();
    const fixed = await withdraw(a.documentId);
    expect(fixed.unsure.filter((u) => u.reason === 'LAST_SOURCE_ONLY')).toEqual([]);
    const edge = await db.driver.executeQuery(
      `MATCH (:Enterprise {id: 'ent-qineng-dianlv'})-[r:LOCATED_IN]->(:Zone {id: 'zone-beidu'})
       MATCH (s:Source {id: r.source}) RETURN s.doc AS doc, r.sources AS sources`,
    );
    expect(edge.records.map((r) => r.toObject())).toEqual([
      { doc: 'doc-qijiang-plan-2021-2025', sources: null },
    ]);
  }, 300_000);

  it('two old plans sharing facts: the second withdrawn, what the first may also state is listed', async () => {
    await resetAndSeed(db);
    const a = await legacyCommit(planA());
    await migrate();
    const afterA = await snapshot(db);
    const b = await legacyCommit(planB());
    await migrate();
    const report = await withdraw(b.documentId);
    expect(unsureOf(report)).toEqual(
      [
        // The edges both plans state hold plan B's quote only: they go, and plan A cites their ends.
        `LAST_SOURCE_ONLY:removed:重庆渝新铝材有限公司 → 綦江铝材产业园::${PLAN_A_TITLE}`,
        `LAST_SOURCE_ONLY:removed:年产10万吨再生铝合金项目 → 再生铝合金::${PLAN_A_TITLE}`,
        `LAST_SOURCE_ONLY:removed:年产10万吨再生铝合金项目 → 綦江铝材产业园::${PLAN_A_TITLE}`,
        'NO_PLANS:kept:綦江铝材产业园 → 綦江区::',
        'NO_FIGURE_AUDIT:kept:綦江铝材产业园:output2025,targetYear:',
        'NO_FIGURE_AUDIT:kept:年产10万吨再生铝合金项目:capacityValues:',
      ].sort(),
    );
    // Every difference from the graph after plan A is one of those items (or a count that follows from them).
    const diff = difference(afterA, await snapshot(db));
    const listed = /zone-500110-783f16aa041e|proj-500110-0a959fee43fe|ent-500110-b6c78357cf69|LinkCount/;
    expect([...diff.onlyBefore, ...diff.onlyAfter].filter((l) => !listed.test(l))).toEqual([]);
    expect(diff.onlyBefore.filter((l) => /"labels":\["(LOCATED_IN|BUILDS|IN_ZONE)"\]/.test(l))).toHaveLength(
      3,
    );
    // Leave the database as the seed (the next file's reset keeps nothing of the plans either).
    await withdraw(a.documentId);
  }, 300_000);
});
