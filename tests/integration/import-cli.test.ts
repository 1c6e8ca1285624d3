import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { repoRoot } from '../../server/paths.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { clearDb, testDb } from '../helpers.ts';
import { graphContent, XIFENG_FILE } from '../plans.ts';

let db: Db;
const tmp = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'test',
      LOG_LEVEL: 'silent',
    },
  });

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await db.applySchema();
});
afterAll(async () => {
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('--dry-run reports what a commit would do and writes nothing', async () => {
    const before = await graphContent(db);
    const { stdout } = await run([XIFENG_FILE, '--district', '西丰县', '--accept-all', '--dry-run']);
    expect(stdout).toContain('dry run (nothing written): 西丰县 (211223)');
    expect(stdout).toMatch(/zones: \d+ added/);
    expect(await graphContent(db)).toBe(before);
  }, 90_000);

  it('--json writes the review, --review commits the edited one, in one transaction with the report', async () => {
    const out = path.join(tmp, 'review.json');
    const first = await run([XIFENG_FILE, '--district', '西丰县', '--json', out]);
    expect(first.stdout).toContain(`review written to ${out}`);
    const review = JSON.parse(readFileSync(out, 'utf8')) as ImportCommitInput;
    // The reviewer drops one firm and renames the development zone's first park.
    const dropped = review.firms?.shift();
    expect(dropped?.name).toBe('辽宁圆上圆电子商务有限公司');
    review.skippedFacts = { firms: 1 };
    writeFileSync(out, JSON.stringify(review));
    const { stdout } = await run([XIFENG_FILE, '--review', out]);
    expect(stdout).toContain('committed: 西丰县 (211223)');
    expect(stdout).toMatch(/firms: 2 added, 0 merged, 1 skipped/);
    const names = await db.driver.executeQuery(
      "MATCH (e:Enterprise)-[:LOCATED_IN]->(:Zone)-[:PART_OF*0..]->(:Zone {id: 'region-211223'}) RETURN collect(e.name) AS n",
    );
    expect(names.records[0]?.get('n')).not.toContain('辽宁圆上圆电子商务有限公司');
    // The same review again changes nothing.
    const before = await graphContent(db);
    const again = await run([XIFENG_FILE, '--review', out]);
    expect(again.stdout).toMatch(/firms: 0 added, 2 merged, 1 skipped/);
    expect(await graphContent(db)).toBe(before);
  }, 120_000);

  it('an unknown district: exit 1, the nearest names, nothing written', async () => {
    const before = await graphContent(db);
    await expect(run([XIFENG_FILE, '--district', '西风县', '--accept-all'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/district: unknown district "西风县"; nearest: .*西丰县/),
    });
    await expect(run([XIFENG_FILE])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--accept-all'),
    });
    expect(await graphContent(db)).toBe(before);
  }, 90_000);
});
