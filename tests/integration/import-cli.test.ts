import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { clearDb, runScript, testDb } from '../helpers.ts';
import { graphContent, XIFENG_FILE, XIUSHAN_FILE } from '../plans.ts';

let db: Db;
const tmp = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
const run = (args: string[]) => runScript('import', args);

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
    // The plan's own title (its first line), not the file name (xifeng-development-zone-14th).
    expect(review.title).toBe('辽宁西丰经济开发区“十四五”发展规划');
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

  it("README's onboarding steps on 秀山's plan: the district proposed from the text, a chain the reviewer renames, commit", async () => {
    // Step 2: extract and write the review (no --district: the text names 秀山, the proposal is its county).
    const out = path.join(tmp, 'xiushan.json');
    await run([XIUSHAN_FILE, '--json', out]);
    const review = JSON.parse(readFileSync(out, 'utf8')) as ImportCommitInput;
    expect(review.district).toBe('秀山土家族苗族自治县');
    // The third is quoted and called 产业链 by the text, so its product names are not read as process steps.
    expect(review.chains.map((c) => c.expression)).toEqual([
      '石墨化—负极材料—回收利用',
      '药材种植—饮片加工—配方颗粒—保健食品—成药制造',
      '农产品初加工—预制菜—休闲食品',
    ]);
    // The reviewer names the food chain as the district calls it.
    const food = review.chains[2];
    if (!food) throw new Error('no third chain');
    food.name = '预制菜产业链';
    writeFileSync(out, JSON.stringify(review));
    // Step 3: commit the reviewed plan.
    const { stdout } = await run([XIUSHAN_FILE, '--review', out]);
    expect(stdout).toContain('committed: 秀山土家族苗族自治县 (500241)');
    const rows = await db.driver.executeQuery(
      `MATCH (:Document)-[:FOR_DISTRICT]->(:Zone {id: 'region-500241'})
       MATCH (i:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(:Zone {id: 'region-500241'})
       MATCH (i)-[:HAS_CHAIN]->(c:Chain)
       RETURN i.name AS industry, c.name AS chain ORDER BY industry, chain`,
    );
    expect(rows.records.map((r) => r.get('industry'))).toEqual(['医药', '新材料', '食品']);
    expect(rows.records.map((r) => r.get('chain'))).toContain('预制菜产业链');
  }, 120_000);
});
