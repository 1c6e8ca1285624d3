// Withdrawing an imported plan (撤回导入, docs/IMPORTS.md): the graph comes back to what it was without the plan —
// compared node by node and edge by edge (tests/withdrawSnapshot.ts) — and what others stated or did stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { extract } from '../../server/extract/index.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { acceptAll } from '../../server/imports/review.ts';
import { WithdrawError, withdrawImport } from '../../server/imports/withdraw.ts';
import { repoRoot } from '../../server/paths.ts';
import type { ImportCommitInput, ImportReport } from '../../vocab/imports.ts';
import { resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { acceptedReview, XIFENG_FILE, XIFENG_TITLE } from '../plans.ts';
import { difference, snapshot } from '../withdrawSnapshot.ts';

const TONGGU_FILE = path.join(repoRoot, 'tests/fixtures/plans/tonggu-targets-written-for-test.txt');
const TONGGU_TITLE = '铜鼓县工业发展目标';
const LONGXI_FILE = path.join(repoRoot, 'tests/fixtures/plans/longxi-sought-written-for-test.txt');
const LONGXI_TITLE = '陇西县铝产业链招商方案';

let db: Db;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput) => commitImport(db, input, actor as never);
const withdraw = (id: string, dryRun = false) => withdrawImport(db, id, actor as never, { dryRun });

/** Expects the graph now to equal `before`, printing the lines that differ when it does not. */
async function expectGraph(before: string[], skipProps?: string[]) {
  const diff = difference(before, await snapshot(db, { skipProps }));
  expect(diff).toEqual({ onlyBefore: [], onlyAfter: [] });
}

async function districtOutput(): Promise<unknown> {
  const r = await db.driver.executeQuery(`MATCH (z:Zone {id: 'region-360926'}) RETURN z.output2025 AS o`);
  return r.records[0]?.get('o');
}

/**
 * A second 西丰 plan sharing names with the first: another text (another document) stating part of the same
 * zones, firms, links and projects with other figures — the merges a withdrawal must undo and nothing more.
 */
function secondXifeng(): ImportCommitInput {
  const text = `${readFileSync(XIFENG_FILE, 'utf8')}\n（修订稿）`;
  const title = `${XIFENG_TITLE}（修订稿）`;
  const r = acceptAll(title, text, extract(text, title), '西丰县');
  const half = <T>(xs: T[] | undefined) => (xs ?? []).filter((_x, i) => i % 2 === 0);
  return {
    ...r,
    chains: half(r.chains),
    zones: (r.zones ?? []).map((z, i) => (i === 0 ? { ...z, year: 2025, output: 123, valueAdded: 45 } : z)),
    firms: half(r.firms),
    projects: half(r.projects),
    sought: half(r.sought),
  };
}

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
});
afterAll(async () => {
  await db.close();
});

describe('withdrawing an imported plan', () => {
  let first: ImportReport;
  it('restores exactly the graph it had before the commit (Qijiang seed + 西丰)', async () => {
    const before = await snapshot(db);
    first = await commit(acceptedReview(XIFENG_FILE, XIFENG_TITLE));
    expect(first.facts.zones.added.length).toBeGreaterThan(0);
    expect(first.facts.firms.added.length).toBeGreaterThan(0);
    expect(await snapshot(db)).not.toEqual(before);
    const report = await withdraw(first.documentId);
    expect(report.removed.zones.length).toBe(first.facts.zones.added.length);
    expect(report.removed.firms.length).toBe(first.facts.firms.added.length);
    expect(report.removed.chains.length).toBe(first.chainsAdded.length);
    await expectGraph(before);
  }, 180_000);

  it('a second plan sharing names: withdrawing it restores the graph as it was after the first', async () => {
    first = await commit(acceptedReview(XIFENG_FILE, XIFENG_TITLE));
    const afterFirst = await snapshot(db);
    const second = await commit(secondXifeng());
    expect(second.facts.zones.merged.length).toBeGreaterThan(0);
    expect(second.facts.firms.merged.length).toBeGreaterThan(0);
    const report = await withdraw(second.documentId);
    const zone = report.kept.find((k) => k.kind === 'zones' && k.reasons.includes('OTHER_PLAN'));
    expect(zone?.by).toEqual([XIFENG_TITLE]);
    expect(report.restored.length).toBeGreaterThan(0);
    await expectGraph(afterFirst);
    await withdraw(first.documentId);
  }, 180_000);

  it('the district’s year targets go back to the first plan’s when the second is withdrawn', async () => {
    const before = await snapshot(db);
    const a = await commit(acceptedReview(TONGGU_FILE, TONGGU_TITLE));
    const afterA = await snapshot(db);
    const text = readFileSync(TONGGU_FILE, 'utf8').replace('85亿元', '90亿元');
    const b = await commit(acceptAll(`${TONGGU_TITLE}（调整）`, text, extract(text, TONGGU_TITLE)));
    expect(await districtOutput()).toBe(90);
    const report = await withdraw(b.documentId);
    expect(report.restored).toEqual([
      expect.objectContaining({ id: 'region-360926', type: 'Zone', fields: ['output2025'] }),
    ]);
    expect(await districtOutput()).toBe(85);
    await expectGraph(afterA);
    const last = await withdraw(a.documentId);
    // By name, as the dialog lists them (ids read like region-360926 to an officer).
    expect(last.removed.regions).toContain('铜鼓县');
    expect(last.removed.yearTargets).toEqual([
      '竹木加工 2025 年',
      '铜鼓县 2025 年',
      '铜鼓工业园区 2025 年',
      '铜鼓县 2030 年',
    ]);
    await expectGraph(before);
  }, 180_000);

  it('a plan’s sought links (SEEKS) go with it', async () => {
    const before = await snapshot(db);
    const r = await commit(acceptedReview(LONGXI_FILE, LONGXI_TITLE));
    expect(r.facts.sought.added.length).toBeGreaterThan(0);
    const report = await withdraw(r.documentId);
    expect(report.removed.sought.length + report.removed.links.length).toBeGreaterThan(0);
    await expectGraph(before);
  }, 180_000);

  it('a dry run answers the same report and writes nothing; withdrawing twice is 404; committing again works', async () => {
    const before = await snapshot(db);
    const r = await commit(acceptedReview(XIFENG_FILE, XIFENG_TITLE));
    const afterCommit = await snapshot(db, { skipProps: ['importedAt'] });
    const dry = await withdraw(r.documentId, true);
    expect(dry.dryRun).toBe(true);
    expect(await snapshot(db, { skipProps: ['importedAt'] })).toEqual(afterCommit);
    const done = await withdraw(r.documentId);
    expect({ ...done, dryRun: true, pool: null }).toEqual({ ...dry, pool: null });
    await expectGraph(before);
    const twice = await withdraw(r.documentId).catch((e: unknown) => e);
    expect((twice as WithdrawError).status).toBe(404);
    // Committed again after its withdrawal, the plan makes the graph a first commit made.
    const again = await commit(acceptedReview(XIFENG_FILE, XIFENG_TITLE));
    expect(again.facts.zones.added).toEqual(r.facts.zones.added);
    await expectGraph(afterCommit, ['importedAt']);
    // …and withdrawing that one uses its own audit entries, not the first commit's.
    await withdraw(again.documentId);
    await expectGraph(before);
  }, 180_000);

  it('the audit entry on the document lists what went', async () => {
    const r = await commit(acceptedReview(XIFENG_FILE, XIFENG_TITLE));
    const report = await withdraw(r.documentId);
    const rows = await db.driver.executeQuery(
      `MATCH (a:AuditEntry {entity: $id, action: 'WITHDRAW_PLAN'})
       RETURN a.actor AS actor, a.after AS after ORDER BY a.at DESC LIMIT 1`,
      { id: r.documentId },
    );
    expect(rows.records[0]?.get('actor')).toBe(TEST_ACTOR.name);
    const after = JSON.parse(rows.records[0]?.get('after') as string);
    expect(after.removed.zones).toEqual(report.removed.zones);
    expect(after.removed.firms).toEqual(expect.arrayContaining(r.facts.firms.added));
  }, 180_000);

  it('refuses the seed plan (400) and an unknown document (404), writing nothing', async () => {
    const before = await snapshot(db);
    const seed = await withdraw('doc-qijiang-plan-2021-2025').catch((e: unknown) => e);
    expect(seed).toBeInstanceOf(WithdrawError);
    expect((seed as WithdrawError).status).toBe(400);
    expect((seed as Error).message).toMatch(/not imported through \/imports/);
    const unknown = await withdraw('doc-import-nothing').catch((e: unknown) => e);
    expect((unknown as WithdrawError).status).toBe(404);
    expect((unknown as Error).message).toMatch(/doc-import-nothing/);
    await expectGraph(before);
  }, 180_000);
});
