import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { buildEnterprise, buildGraph, buildZone } from '../builders.ts';
import { clearDb, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';
import { pickScope, shot, startBrowserSession } from './browser.ts';

// Issue #15: the scope tree (collapsible, searchable, breadcrumbs) and the cross-district overview, on a desktop
// and a phone. Screenshots: tests/artifacts/scope-tree-<width>-*.png.

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  // A second district of 重庆市 with two firms making 再生铝 and 铝锭.
  await writeSeed(
    db,
    buildGraph({
      key: 'nanchuan',
      district: '重庆市南川区',
      stages: [['废铝'], ['再生铝'], ['铝锭']],
      zones: [buildZone({ id: 'zone-nc-park', name: '南川工业园' })],
      enterprises: [
        buildEnterprise({
          id: 'ent-nc-1',
          name: '南川甲',
          zone: 'zone-nc-park',
          produces: ['再生铝', '铝锭'],
        }),
        buildEnterprise({
          id: 'ent-nc-2',
          name: '南川乙',
          zone: 'zone-nc-park',
          produces: ['再生铝', '铝锭'],
        }),
      ],
    }),
    { actor: TEST_ACTOR },
  );
  session = await startBrowserSession(db);
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

const crumbs = (page: Page) => page.locator('.scope-crumbs .crumb').allTextContents();

/** Visible text under 14 px (none allowed on a phone). */
const smallText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('sup, style, script')) continue;
      if (!el.checkVisibility() || el.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 14) out.push(`${size}px ${el.className}: ${n.textContent.trim().slice(0, 20)}`);
    }
    return out;
  });

describe.each([
  { width: 1440, height: 1000, phone: false },
  { width: 390, height: 844, phone: true },
])('the scope tree at $width px', ({ width, height, phone }) => {
  it('picks a zone by search and shows its path; a city shows each district’s links', async () => {
    const page = await session.browser.newPage({
      viewport: { width, height },
      locale: 'zh-CN',
      hasTouch: phone,
    });
    const name = (s: string) => `scope-tree-${width}-${s}`;
    await page.goto(`${session.base}/`);
    await page.getByTestId('scope-button').filter({ hasText: '全部地区' }).waitFor();

    // Open: 重庆市 (the only top-level zone) with its two districts, closed; a zone opens to show its own, asked
    // from the server when first expanded (issue #20).
    await page.getByTestId('scope-button').click();
    await page.getByTestId('scope-region-500110').waitFor();
    await page.getByTestId('scope-region-500119').waitFor();
    await expect(page.getByTestId('scope-zone-qijiang-hitech').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '展开綦江区' }).click();
    await page.getByTestId('scope-zone-qijiang-hitech').waitFor();
    await expect(page.getByTestId('scope-zone-beidu').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '展开綦江国家级高新技术产业开发区' }).click();
    await page.getByTestId('scope-zone-beidu').waitFor();
    // Each level named by what it is: 重庆市 is a 直辖市, not a 省.
    await expect(page.getByTestId('scope-region-500000').locator('small').textContent()).resolves.toBe(
      '直辖市',
    );
    await expect(page.getByTestId('scope-region-500110').locator('small').textContent()).resolves.toBe(
      '区县',
    );
    await shot(page, name('01-tree-open'));
    if (phone) expect(await smallText(page)).toEqual([]);
    await page.getByRole('button', { name: '收起綦江区' }).click();
    await expect(page.getByTestId('scope-zone-beidu').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '展开綦江区' }).click();
    await page.getByTestId('scope-zone-beidu').waitFor();

    // Search: 铝 finds 北渡铝产业园 with its ancestors; pick 北渡组团.
    await page.getByRole('searchbox').fill('铝');
    await page.getByTestId('scope-zone-beidu-aluminium-park').waitFor();
    await expect(page.getByTestId('scope-zone-qiaohe').count()).resolves.toBe(0);
    await shot(page, name('02-search'));
    await page.getByRole('searchbox').fill('');
    await pickScope(page, 'zone-beidu', '北渡');
    await page.waitForURL(/zone=zone-beidu/);
    expect(await crumbs(page)).toEqual(['重庆市', '綦江区', '綦江国家级高新技术产业开发区', '北渡组团']);
    // The panel's breadcrumbs lead back up.
    await page.getByTestId('scope-button').click();
    const path = page.getByRole('navigation', { name: '当前范围' });
    await expect(path.getByRole('button').allTextContents()).resolves.toEqual([
      '全部地区',
      '重庆市',
      '綦江区',
      '綦江国家级高新技术产业开发区',
      '北渡组团',
    ]);
    await shot(page, name('03-breadcrumbs'));
    await path.getByRole('button', { name: '重庆市' }).click();
    await page.waitForURL(/zone=region-500000/);

    // 重庆市: both districts' chains, each chain with its districts' links side by side.
    const matrix = page.getByTestId('district-matrix').first();
    await matrix.waitFor();
    await expect(matrix.locator('th').allTextContents()).resolves.toEqual([
      expect.stringContaining('綦江区'),
    ]);
    // 南川区 neither plans 綦江区's first chain nor holds any of its links: named once under the rows, not a row of
    // 缺链 (with 38 districts such rows buried the ones that matter). Where it holds links it has its row.
    await expect(matrix.getByTestId('quiet-districts').textContent()).resolves.toContain('南川区');
    await expect(page.locator('.district-matrix th', { hasText: '南川区' }).count()).resolves.toBeGreaterThan(
      0,
    );
    await page.locator('.neighbour-strong li').filter({ hasText: '南川区为强链' }).first().waitFor();
    await page.locator('.neighbour-strong').first().scrollIntoViewIfNeeded();
    await shot(page, name('04-city-overview'));
    if (phone) expect(await smallText(page)).toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the overview while a new scope loads', () => {
  it("says it is loading instead of showing the previous scope's chains under the new scope's name", async () => {
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    await page.goto(`${session.base}/`);
    await page.getByText('铝精深加工产业链').first().waitFor();
    // 南川区's overview answer is held back, so the moment between the pick and the answer can be looked at.
    let held = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { zone?: string };
      };
      if (body.operationName === 'Overview' && body.variables?.zone === 'region-500119') {
        held++;
        await new Promise((r) => setTimeout(r, 2500));
      }
      await route.continue();
    });
    await pickScope(page, 'region-500119', '南川');
    await page.waitForURL(/zone=region-500119/);
    await page.waitForTimeout(500);
    expect(held).toBe(1);
    await expect(page.getByText('铝精深加工产业链').count()).resolves.toBe(0);
    await expect(page.locator('main [role="status"]').first().textContent()).resolves.toContain('加载');
    // Then 南川区's own chain, and none of 綦江区's.
    await page.getByText('测试链').first().waitFor();
    await expect(page.getByText('铝精深加工产业链').count()).resolves.toBe(0);
    await page.close();
  });
});
