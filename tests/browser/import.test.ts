import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, SAMPLE_PLAN, testDb } from '../helpers.ts';
import { XIUSHAN_FILE } from '../plans.ts';
import { editorPage, shot, startBrowserSession } from './browser.ts';

/**
 * The sample plan and two chains the extractor is less sure of: mixed dashes and under half its links products of
 * the graph (0.40), two unquoted stages neither of which the seed graph knows (0.05; the graph's products are the
 * extraction's lexicon, server/imports/graphLexicon.ts).
 */
const PLAN = [
  SAMPLE_PLAN,
  '三、新能源产业',
  '',
  '依托龙头企业，工业硅-多晶硅—单晶硅片及配套，壮大光伏。',
  '加快锂矿—碳酸锂布局。',
].join('\n');

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
  it('uploads a plan, reviews the least confident candidates first against the text, commits, and opens the new chain', async () => {
    await page.goto(`${session.base}/?view=import`);
    await page
      .getByLabel('选择规划文件')
      .setInputFiles({ name: '某区规划.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAN) });
    const candidates = page.getByTestId('import-candidate');
    await candidates.first().waitFor();
    await expect(candidates.count()).resolves.toBe(4);
    // The look-alikes are listed as rejected with reasons.
    await expect(page.getByText('排除的相似表述 3 处').count()).resolves.toBe(1);
    // Least confident first, each with its confidence and, readable without hovering, why.
    const badges = await page.getByTestId('import-confidence').allTextContents();
    const scores = badges.map((b) => Number(/置信度 ([\d.]+)/.exec(b)?.[1]));
    expect(scores).toEqual([0.05, 0.4, 0.99, 0.99]);
    expect(scores[0]).toBe(Math.min(...scores));
    const first = candidates.first();
    await expect(first.getByTestId('import-confidence').textContent()).resolves.toBe('置信度 0.05 · 低');
    await expect(first.getByTestId('import-confidence').getAttribute('class')).resolves.toContain('low');
    const reasons = first.getByTestId('import-reasons');
    await expect(reasons.isVisible()).resolves.toBe(true);
    await expect(reasons.textContent()).resolves.toBe(
      '依据：只有两个环节，且不在引号内；无产品词：各环节都不是图谱中的产品；不到一半的环节是图谱中的产品',
    );
    await first.getByRole('button', { name: '查看原文' }).click();
    await expect(page.locator('.review-text mark').textContent()).resolves.toBe('锂矿—碳酸锂');
    // Each row still edits its own chain's draft: the aluminium chain, first in the text, is listed third.
    const aluminium = candidates.nth(2);
    await expect(aluminium.getByRole('textbox', { name: '产业链名称' }).inputValue()).resolves.toBe(
      '铝土矿—汽车轻量化部件产业链',
    );
    await aluminium.getByRole('button', { name: '查看原文' }).click();
    await expect(page.locator('.review-text mark').textContent()).resolves.toBe(
      '铝土矿—氧化铝—电解铝—铝合金—汽车轻量化部件',
    );
    await aluminium.getByRole('textbox', { name: '产业链名称' }).fill('铝土矿深加工产业链');
    for (const i of [0, 1, 3]) await candidates.nth(i).getByRole('checkbox').uncheck();
    await page.getByRole('heading', { name: /识别出 4 条候选产业链/ }).evaluate((h) => h.scrollIntoView());
    await shot(page, '09-import-review');
    await page.getByRole('button', { name: '提交 1 条' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('新增产业链 1 条：铝土矿深加工产业链');
    await expect(report.textContent()).resolves.toContain('未采纳的候选 3 条');
    // The review stays for reference, but it is done: its commit button no longer offers to commit again.
    const done = page.getByTestId('import-commit');
    await expect(done.textContent()).resolves.toBe('已提交（见上方导入结果）');
    await expect(done.isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: '查看导入的产业链' }).click();
    await page.getByRole('heading', { name: '铝土矿深加工产业链' }).waitFor();
    await shot(page, '10-imported-chain');
  });

  it('opens an imported chain of another district in that district: its scope, its links’ status there', async () => {
    // Seen as a user: 秀山's chain opened under the scope 綦江区 the header still showed from before the import,
    // and 负极材料 (a link Qijiang's firms also produce) read 弱链 — another district's firm counted. The second
    // commit of the same plan changes nothing and still offers its chain.
    const commitXiushan = async () => {
      await page.getByLabel('选择规划文件').setInputFiles({
        name: 'xs.txt',
        mimeType: 'text/plain',
        buffer: readFileSync(XIUSHAN_FILE),
      });
      await page.getByTestId('import-candidate').first().waitFor();
      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-report').waitFor();
    };
    // The header and the overview, loaded before the import, follow it without a reload: the graph now holds
    // two districts (全部地区), and 秀山's industries.
    const scopeReads = (name: string) =>
      page.waitForFunction(
        (n) => document.querySelector('[data-testid=scope-button]')?.getAttribute('aria-label')?.includes(n),
        name,
      );
    await page.goto(session.base);
    await scopeReads('綦江区');
    await page.getByRole('button', { name: '导入规划' }).click();
    await commitXiushan();
    await page.getByRole('button', { name: '总览' }).click();
    await page.getByRole('heading', { name: '医药' }).waitFor();
    await scopeReads('全部地区');

    await page.getByRole('button', { name: '导入规划' }).click();
    await commitXiushan();
    await page.getByRole('button', { name: '查看导入的产业链' }).click();
    await page.getByRole('heading', { name: '石墨化—回收利用产业链' }).waitFor();
    expect(page.url()).toContain('zone=region-500241');
    await page.waitForFunction(() =>
      document.querySelector('.meta')?.textContent?.includes('秀山土家族苗族自治县'),
    );
    await scopeReads('秀山土家族苗族自治县');
    const status = await page.evaluate(() =>
      (window as unknown as { __cy: { nodes: (s: string) => { data: (k: string) => string }[] } }).__cy
        .nodes('[name = "负极材料"]')[0]
        ?.data('status'),
    );
    expect(status).toBe('MISSING');
    await shot(page, '10-imported-chain-other-district');
  });

  it("shows each candidate's confidence and reasons on a phone without hovering", async () => {
    const phone = await editorPage(session, db, '手机浏览器测试', { width: 390, height: 844 });
    try {
      await phone.goto(`${session.base}/?view=import`);
      await phone
        .getByLabel('选择规划文件')
        .setInputFiles({ name: '某区规划.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAN) });
      const first = phone.getByTestId('import-candidate').first();
      await first.waitFor();
      await first.getByRole('button', { name: '查看原文' }).click();
      await expect(phone.locator('.review-text mark').textContent()).resolves.toBe('锂矿—碳酸锂');
      await first.getByTestId('import-reasons').scrollIntoViewIfNeeded();
      await expect(first.getByTestId('import-reasons').isVisible()).resolves.toBe(true);
      await shot(phone, '09-import-review-phone');
      const box = await first.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    } finally {
      await phone.close();
    }
  });

  it('shows what the graph’s products changed: the last link cut after a known product, and why', async () => {
    await page.goto(`${session.base}/?view=import`);
    const plan = [
      '某区再生资源规划',
      '',
      '一、再生资源',
      '',
      '近期，废铝—再生铝—铝锭行业景气回升；验证—放量—定价权。',
    ].join('\n');
    await page
      .getByLabel('选择规划文件')
      .setInputFiles({ name: '某区规划.txt', mimeType: 'text/plain', buffer: Buffer.from(plan) });
    const candidates = page.getByTestId('import-candidate');
    await candidates.first().waitFor();
    await expect(candidates.count()).resolves.toBe(2);
    // Least sure first: no product of the graph in it.
    await expect(candidates.first().getByTestId('import-reasons').textContent()).resolves.toContain(
      '无产品词：各环节都不是图谱中的产品',
    );
    const aluminium = candidates.nth(1);
    await expect(aluminium.getByTestId('import-reasons').textContent()).resolves.toContain(
      '末环节截至图谱中的产品“铝锭”，其后文字删去；图谱中相邻环节有上下游关系',
    );
    await aluminium.getByRole('button', { name: '查看原文' }).click();
    await expect(page.locator('.review-text mark').textContent()).resolves.toBe('废铝—再生铝—铝锭');
    await page.getByRole('heading', { name: /识别出 2 条候选产业链/ }).evaluate((h) => h.scrollIntoView());
    await shot(page, '09-import-review-lexicon');
  });

  it('dry-runs an enterprise table and shows the bad row with its column and reason', async () => {
    await page.goto(`${session.base}/?view=import`);
    const csv =
      '企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注\r\n某新铝业,,北渡组团,铝锭,,\r\n坏企业,,火星组团,铝锭,,\r\n';
    await page
      .getByLabel('选择名录文件')
      .setInputFiles({ name: 'e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '试导入（不写入）' }).click();
    const report = page.getByTestId('table-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('未找到区域「火星组团」');
    await expect(page.getByRole('button', { name: '确认导入' }).isDisabled()).resolves.toBe(true);
  });
  it('opens on the plan upload, in Chinese, with a token prompt one can read and press (desktop and phone)', async () => {
    for (const viewport of [
      { width: 1440, height: 1000 },
      { width: 390, height: 844 },
    ]) {
      const fresh = await session.browser.newPage({ viewport, locale: 'zh-CN' });
      try {
        await fresh.goto(`${session.base}/?view=import`);
        const title = fresh.getByRole('heading', { name: '导入规划文本' });
        await title.waitFor();
        // The page's own task comes first; the enterprise-table import follows it.
        const tables = fresh.getByRole('heading', { name: '企业与项目名录导入（Excel / CSV）' });
        expect((await title.boundingBox())?.y ?? 1e9).toBeLessThan((await tables.boundingBox())?.y ?? 0);
        // The prompt says "press the button below": the button is there and readable on the light page.
        const prompt = fresh.getByTestId('import-token-needed');
        const button = prompt.getByRole('button', { name: '输入令牌' });
        await expect(button.isVisible(), `${viewport.width}: token button in the prompt`).resolves.toBe(true);
        const contrast = await button.evaluate((el) => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r = 0, g = 0, b = 0]: number[]) => {
            const f = (v: number) => {
              const x = v / 255;
              return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
            };
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
          };
          // The first opaque background at or above the button.
          let bg = [255, 255, 255];
          for (let n: Element | null = el; n; n = n.parentElement) {
            const c = rgb(getComputedStyle(n).backgroundColor);
            if (c.length === 3 || (c[3] ?? 0) >= 0.99) {
              bg = c.slice(0, 3);
              break;
            }
          }
          const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg)].sort((x, y) => y - x);
          return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
        });
        expect(contrast, `${viewport.width}: token button text contrast`).toBeGreaterThan(4.5);
        // File pickers in Chinese: the browser's own (English in an English Chromium) control is hidden.
        for (const label of ['选择规划文件', '选择名录文件']) {
          const input = fresh.getByLabel(label);
          expect((await input.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
          const picker = fresh.locator('label.file-picker').filter({ has: input });
          await expect(picker.textContent()).resolves.toContain(label);
          await expect(picker.getByTestId('file-picker-name').textContent()).resolves.toBe('未选择文件');
        }
        await fresh
          .getByLabel('选择名录文件')
          .setInputFiles({ name: '企业名录.csv', mimeType: 'text/csv', buffer: Buffer.from('企业名称\r\n') });
        await expect(
          fresh
            .locator('label.file-picker')
            .filter({ has: fresh.getByLabel('选择名录文件') })
            .textContent(),
        ).resolves.toContain('企业名录.csv');
        await shot(fresh, `import-prompt-${viewport.width}`);
      } finally {
        await fresh.close();
      }
    }
  });
  it('lets an officer save and remove the editor token in the header', async () => {
    const fresh = await session.browser.newPage({ locale: 'zh-CN' });
    try {
      await fresh.goto(session.base);
      await fresh.getByRole('button', { name: '只读' }).click();
      await fresh.getByLabel('编辑令牌').fill('abc123');
      await fresh.getByRole('button', { name: '保存' }).click();
      await fresh.getByRole('button', { name: '已启用编辑' }).waitFor();
      await expect(fresh.evaluate(() => sessionStorage.getItem('chain-graph-token'))).resolves.toBe('abc123');
      await fresh.getByRole('button', { name: '已启用编辑' }).click();
      await fresh.getByRole('button', { name: '退出编辑' }).click();
      await fresh.getByRole('button', { name: '只读' }).waitFor();
      await expect(fresh.evaluate(() => sessionStorage.getItem('chain-graph-token'))).resolves.toBeNull();
    } finally {
      await fresh.close();
    }
  });
});
