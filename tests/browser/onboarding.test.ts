import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { clearDb, TEST_ACTOR, testDb } from '../helpers.ts';
import { acceptedReview, QIJIANG_FILE, XIFENG_FILE } from '../plans.ts';
import { editorPage, shot, startBrowserSession } from './browser.ts';

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;

beforeAll(async () => {
  db = testDb();
  // A deployment for another district: an empty graph, as `SEED=none npm start` leaves it.
  await clearDb(db);
  await db.applySchema();
  session = await startBrowserSession(db);
  page = await editorPage(session, db, '西丰县招商局');
  // The shared test machine can be far slower than a user's: waits are for the page, not a deadline.
  page.setDefaultTimeout(120_000);
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe('onboarding another district through the screen', () => {
  it('opens on the onboarding page, imports the Xifeng plan with its district, zones and firms, and shows them', async () => {
    await page.goto(session.base);
    await page.getByTestId('onboarding').waitFor();
    await shot(page, 'onboarding-1-empty-graph');
    await page.getByTestId('onboarding-start').click();
    await page.getByLabel('选择规划文件').setInputFiles({
      name: '辽宁西丰经济开发区“十四五”发展规划.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(XIFENG_FILE),
    });
    await page.getByTestId('import-facts').waitFor();
    await expect(page.getByTestId('import-district').inputValue()).resolves.toBe('西丰县');
    // The plan writes no chain as 甲—乙—丙: the empty 候选产业链 section says so instead of standing blank.
    await expect(page.getByTestId('import-no-chains').textContent()).resolves.toContain(
      '未在文本中找到产业链表述',
    );
    await page.getByTestId('import-district').scrollIntoViewIfNeeded();
    await shot(page, 'onboarding-2a-district');
    const zones = page.getByTestId('import-facts-zones').getByTestId('import-fact');
    await expect(zones.count()).resolves.toBeGreaterThanOrEqual(4);
    // The reviewer drops the two towns the parks are named after (安民, 郜家店): they are parks here, not zones.
    for (const town of ['安民', '郜家店']) {
      const row = zones.filter({ has: page.locator(`input[value="${town}"]`) });
      if ((await row.count()) > 0) await row.getByRole('checkbox').uncheck();
    }
    const park = zones.filter({ has: page.locator('input[value="生命健康产业园"]') });
    await expect(park.getByRole('textbox', { name: /上级区域/ }).inputValue()).resolves.toBe(
      '辽宁西丰经济开发区',
    );
    await park.getByRole('button', { name: '查看原文' }).click();
    await expect(page.locator('.review-text mark').textContent()).resolves.toBe('生命健康产业园');
    await shot(page, 'onboarding-2-review-facts');
    await page.getByTestId('import-commit').click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(page.getByTestId('import-report-zones').textContent()).resolves.toMatch(
      /园区与组团：新增 \d+/,
    );
    await expect(page.getByTestId('import-report-firms').textContent()).resolves.toContain('新增 3');
    await expect(page.getByTestId('import-report-zones').textContent()).resolves.toContain('未采纳 2');
    await shot(page, 'onboarding-3-report');
    const zone = await db.driver.executeQuery(
      "MATCH (z:Zone {name: '辽宁西丰经济开发区'}) RETURN z.id AS id",
    );
    const id = zone.records[0]?.get('id') as string;
    expect(id).toMatch(/^zone-211223-/);
    await page.goto(`${session.base}/?view=zone&zone=${id}`);
    await page.getByText('辽宁高高食品有限公司').first().waitFor();
    await shot(page, 'onboarding-4-zone-page');
    await page.goto(session.base);
    await page.getByTestId('overview-empty').waitFor();
    await expect(page.locator('header').textContent()).resolves.toContain('西丰县');
    await shot(page, 'onboarding-5-overview');
  }, 300_000);

  it('shows an imported plan with chains under its own district: overview, chain map and upstream gaps', async () => {
    // A second district with chains, imported the way `npm run import -- --accept-all` does (the Xifeng excerpt has none).
    const report = await commitImport(db, acceptedReview(QIJIANG_FILE, '重庆市綦江区工业发展“十四五”规划'), {
      name: TEST_ACTOR.name,
      role: 'editor',
    } as never);
    const district = report.district?.id ?? '';
    await page.goto(`${session.base}/?zone=${district}`);
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    await expect(page.locator('header').textContent()).resolves.toContain('綦江区');
    await shot(page, 'onboarding-6-imported-overview');
    const chain = await db.driver.executeQuery(
      "MATCH (:Industry {name: '新材料'})-[:HAS_CHAIN]->(c:Chain)-[:HAS_LINK]->(:Product {name: '再生铝'}) RETURN c.id AS id LIMIT 1",
    );
    const chainId = chain.records[0]?.get('id') as string;
    expect(chainId).toMatch(/^chain-500110-/);
    await page.goto(`${session.base}/?view=chain&chain=${chainId}&zone=${district}`);
    await page.waitForFunction(
      () => (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy?.nodes().length,
    );
    await shot(page, 'onboarding-7-imported-chain-map');
    const last = await db.driver.executeQuery(
      'MATCH (:Chain {id: $id})-[h:HAS_LINK]->(p:Product) RETURN p.id AS id ORDER BY h.stage DESC LIMIT 1',
      { id: chainId },
    );
    const focus = encodeURIComponent(last.records[0]?.get('id') as string);
    await page.goto(`${session.base}/?view=upstream&chain=${chainId}&focus=${focus}&zone=${district}`);
    await page.getByTestId('gap').first().waitFor();
    await shot(page, 'onboarding-8-imported-upstream-gaps');
  }, 300_000);
});
