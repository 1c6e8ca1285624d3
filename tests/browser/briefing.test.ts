import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, testDb } from '../helpers.ts';
import { artifacts, editorPage, shot, startBrowserSession } from './browser.ts';

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;

// Chromium's PDFs map some CJK glyphs to radical code points (⻋ for 车, ⽣ for 生): fold both sides the same way.
const RADICALS: Record<string, string> = {
  '⻓': '长',
  '⻋': '车',
  '⻔': '门',
  '⻘': '青',
  '⻜': '飞',
  '⻢': '马',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻩': '黄',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻚': '页',
  '⻛': '风',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⻙': '韦',
  '⻗': '雨',
  '⻤': '鬼',
  '⻨': '麦',
  '⻧': '卤',
};
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c)
    .replace(/\s+/g, '');

/** The text of each page of a PDF, lines joined. */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(fold(content.items.map((i) => ('str' in i ? i.str : '')).join('')));
  }
  await doc.destroy();
  return pages;
}

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  session = await startBrowserSession(db);
  // Saving the leader is a write: the explorer sends the editor token saved in the browser.
  page = await editorPage(session, db, '测试editor', { width: 1300, height: 1000 });
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe('the printable briefing', () => {
  it('opens from the chain map, sets the chain leader, and prints to A4 with whole table rows', async () => {
    await page.goto(`${session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&zone=zone-beidu`);
    await page.getByRole('button', { name: '链长简报' }).click();
    const sheet = page.getByTestId('briefing');
    await sheet.waitFor();
    expect(page.url()).toContain('view=briefing');
    await page.getByRole('textbox', { name: '链长' }).fill('张三');
    await page.getByRole('button', { name: '保存' }).click();
    await sheet.getByText('张三').waitFor();
    const rows = await sheet.getByTestId('briefing-link').allTextContents();
    expect(rows.length).toBe(9);
    // 打印 waits for the chain map image: once it is offered, the figure is there to print.
    const print = page.getByRole('button', { name: '打印', exact: true });
    await print.waitFor();
    const figureLoaded = await sheet
      .getByTestId('briefing-figure')
      .locator('img')
      .evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0);
    expect(figureLoaded).toBe(true);
    await expect(print.isEnabled()).resolves.toBe(true);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    await shot(page, '08-briefing');
    // The heading table: the date on one line (it once broke as 2026-12- / 05), each value level with its label.
    const date = sheet.getByTestId('briefing-date');
    const dateBox = await date.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { lines: range.getClientRects().length, top: el.getBoundingClientRect().top };
    });
    expect(dateBox.lines).toBe(1);
    const labelTop = await sheet
      .locator('table.info th', { hasText: '生成日期' })
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(labelTop - dateBox.top)).toBeLessThan(2);
    const scope = await sheet.locator('table.info tr', { hasText: '范围' }).evaluate((tr) => {
      const [th, td] = [tr.querySelector('th'), tr.querySelector('td')];
      return Math.abs((th?.getBoundingClientRect().top ?? 0) - (td?.getBoundingClientRect().top ?? 99));
    });
    expect(scope).toBeLessThan(2);
    // Column heads of the links table on one line each.
    const heads = await sheet.locator('.links-table thead th').evaluateAll((ths) =>
      ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return range.getClientRects().length;
      }),
    );
    expect(heads.every((n) => n === 1)).toBe(true);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(artifacts, 'briefing-recycled-aluminium.pdf'), pdf);
    const pages = await pdfPages(new Uint8Array(pdf));
    // A4 portrait: 595 × 842 points.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const [, , w, h] = (await doc.getPage(1)).view;
    await doc.destroy();
    expect([Math.round(w ?? 0), Math.round(h ?? 0)]).toEqual([595, 842]);
    const all = pages.join('');
    for (const link of [
      '废铝',
      '再生铝',
      '铝锭',
      '热锻件',
      '冷轧件',
      '压铸件',
      '汽车铝铸件零部件',
      '家用铝制品',
      '铝合金材料',
    ]) {
      expect(all).toContain(fold(link));
    }
    expect(all).toContain(fold('张三'));
    // Page numbers (n / total) and the running header with chain, scope and date on every page.
    pages.forEach((p, i) => {
      expect(p).toContain(`${i + 1}/${pages.length}`);
      expect(p).toContain(fold('再生铝产业链（废铝） · 北渡组团'));
    });
    // No row is split across pages: every row's whole text is on one page.
    for (const row of rows) {
      const text = fold(row);
      expect(
        pages.some((p) => p.includes(text)),
        `row split across pages: ${text}`,
      ).toBe(true);
    }
  });
});
