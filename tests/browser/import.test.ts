import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, SAMPLE_PLAN, testDb } from '../helpers.ts';
import { editorPage, shot, startBrowserSession } from './browser.ts';

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  session = await startBrowserSession(db);
  page = await editorPage(session, db, '浏览器测试');
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe('importing in the explorer', () => {
  it('uploads a plan, reviews the candidates against the text, commits, and opens the new chain', async () => {
    await page.goto(`${session.base}/?view=import`);
    await page
      .getByLabel('选择文件')
      .last()
      .setInputFiles({ name: '某区规划.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE_PLAN) });
    const candidates = page.getByTestId('import-candidate');
    await candidates.first().waitFor();
    await expect(candidates.count()).resolves.toBe(2);
    // The look-alikes are listed as rejected with reasons.
    await expect(page.getByText('排除的相似表述 3 处').count()).resolves.toBe(1);
    // Review: see the quote, rename the first, reject the second.
    await candidates.first().getByRole('button', { name: '查看原文' }).click();
    await expect(page.locator('.review-text mark').textContent()).resolves.toBe(
      '铝土矿—氧化铝—电解铝—铝合金—汽车轻量化部件',
    );
    await candidates.first().getByRole('textbox', { name: '产业链名称' }).fill('铝土矿深加工产业链');
    await candidates.nth(1).getByRole('checkbox').uncheck();
    await shot(page, '09-import-review');
    await page.getByRole('button', { name: '提交 1 条' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('新增产业链 1 条：铝土矿深加工产业链');
    await expect(report.textContent()).resolves.toContain('未采纳的候选 1 条');
    await page.getByRole('button', { name: '查看导入的产业链' }).click();
    await page.getByRole('heading', { name: '铝土矿深加工产业链' }).waitFor();
    await shot(page, '10-imported-chain');
  });

  it('dry-runs an enterprise table and shows the bad row with its column and reason', async () => {
    await page.goto(`${session.base}/?view=import`);
    const csv =
      '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注\r\n某新铝业,,北渡组团,铝锭,,\r\n坏企业,,火星组团,铝锭,,\r\n';
    await page
      .getByLabel('选择文件')
      .first()
      .setInputFiles({ name: 'e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '试导入（不写入）' }).click();
    const report = page.getByTestId('table-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('未找到区域「火星组团」');
    await expect(page.getByRole('button', { name: '确认导入' }).isDisabled()).resolves.toBe(true);
  });
  it('lets an officer save and remove the editor token in the header', async () => {
    const fresh = await session.browser.newPage({ locale: 'zh-CN' });
    try {
      await fresh.goto(session.base);
      await fresh.getByRole('button', { name: '只读' }).click();
      await fresh.getByLabel('编辑令牌').fill('abc123');
      await fresh.getByRole('button', { name: '保存' }).click();
      await fresh.getByRole('button', { name: '已启用编辑' }).waitFor();
      await expect(fresh.evaluate(() => localStorage.getItem('chain-graph-token'))).resolves.toBe('abc123');
      await fresh.getByRole('button', { name: '已启用编辑' }).click();
      await fresh.getByRole('button', { name: '退出编辑' }).click();
      await fresh.getByRole('button', { name: '只读' }).waitFor();
      await expect(fresh.evaluate(() => localStorage.getItem('chain-graph-token'))).resolves.toBeNull();
    } finally {
      await fresh.close();
    }
  });
});
