import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { clearDb, resetAndSeed, testDb } from '../helpers.ts';
import { importQijiang15th, QIJIANG_14TH } from '../plansFixture.ts';
import { shot, startBrowserSession } from './browser.ts';

// Two plans of 綦江区 side by side (issue #15 part 5): the seeded 十四五 plan and the 十五五 plan written for the
// test, imported. The current plan (十五五, on the machine's date) is the default view; the earlier one stays
// reachable through the plan switcher; 规划对比 lists what changed.
let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  await importQijiang15th(db);
  session = await startBrowserSession(db);
  page = await session.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
}, 900_000);
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe('plans of a district in the explorer', () => {
  it('opens on the current plan, switches to the earlier one and back', async () => {
    await page.goto(session.base);
    await page.getByRole('button', { name: /储能电池产品链/ }).waitFor();
    const select = page.getByTestId('plan-select');
    await expect(select.locator('option:checked').textContent()).resolves.toMatch(
      /十五五.*（2026—2030 年）（现行）$/,
    );
    // Only the 十五五 plan's chains: the 十四五 chains it does not restate are not on the current view.
    await expect(page.getByRole('button', { name: /火锅产品群/ }).count()).resolves.toBe(0);
    await expect(page.getByTestId('industry-ind-new-materials').textContent()).resolves.toContain(
      '2030 年目标',
    );
    await shot(page, 'plans-1-current-plan');
    // The plan is named once with its years (not …（2021—2025 年）（2021—2025 年）).
    const options = await select.locator('option').allTextContents();
    for (const o of options) expect(o, o).not.toMatch(/(（\d{4}—\d{4} 年）).*\1/);
    // With the switcher in it the header may take a second row, but nothing in it overlaps anything else (the
    // select, 对比规划 and 分享 once lay on top of each other), the scope shows its place, 分享 stays on screen.
    for (const width of [1440, 1280, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(100);
      const m = await page.evaluate(() => {
        const r = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
        const crumb = document.querySelector('.scope-crumbs .crumb.current') as HTMLElement;
        const parts = [
          ...document.querySelectorAll(
            '.app-header .brand, .app-header .nav button, .app-header .search, .app-header .token-button, .scope-button, .plan-switcher select, .plan-compare, .share-button',
          ),
        ]
          .filter((el) => (el as HTMLElement).checkVisibility())
          .map((el) => ({ name: el.className || el.tagName, box: el.getBoundingClientRect() }));
        const overlaps: string[] = [];
        for (const [i, a] of parts.entries())
          for (const b of parts.slice(i + 1)) {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) overlaps.push(`${a.name} × ${b.name}`);
          }
        return {
          overlaps,
          share: r('.share-button')?.right ?? 1e9,
          page: document.documentElement.scrollWidth,
          crumbShown: crumb.getBoundingClientRect().width >= crumb.scrollWidth - 1,
          select: r('[data-testid="plan-select"]')?.width ?? 0,
        };
      });
      await shot(page, `plans-1b-header-${width}`);
      expect(m.overlaps, `${width}: overlapping header items`).toEqual([]);
      expect(m.share, `${width}: 分享 on screen`).toBeLessThanOrEqual(width);
      expect(m.page, `${width}: page width`).toBeLessThanOrEqual(width);
      expect(m.crumbShown, `${width}: chosen place readable`).toBe(true);
      expect(m.select, `${width}: plan select`).toBeGreaterThan(60);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await select.selectOption(QIJIANG_14TH);
    await page.getByTestId('earlier-plan').waitFor();
    await page.getByRole('button', { name: /火锅产品群/ }).waitFor();
    await expect(page.getByRole('button', { name: /储能电池产品链/ }).count()).resolves.toBe(0);
    await expect(page.getByTestId('industry-ind-new-materials').textContent()).resolves.toContain(
      '2025 年目标',
    );
    expect(page.url()).toContain(`plan=${QIJIANG_14TH}`);
    await shot(page, 'plans-2-earlier-plan');

    await page.getByRole('button', { name: '回到现行规划' }).click();
    await page.getByRole('button', { name: /储能电池产品链/ }).waitFor();
    expect(page.url()).not.toContain('plan=');
  });

  it('compares the two plans', async () => {
    await page.getByTestId('plan-compare').click();
    await page.getByTestId('plan-comparison').waitFor();
    await expect(page.getByTestId('chains-added').textContent()).resolves.toBe('储能电池产品链');
    await expect(page.getByTestId('links-dropped').textContent()).resolves.toContain('板带材');
    await expect(page.getByTestId('targets-changed').textContent()).resolves.toContain(
      '新材料 产值：2025 年 500 亿元 → 2030 年 800 亿元',
    );
    await expect(page.getByTestId('gaps-closed').textContent()).resolves.toMatch(/轧制材.*缺链.*强链/);
    await shot(page, 'plans-3-comparison');
  });

  // The compact header (≤ 1023 px) has no room for the switcher in its row: it is in the menu.
  for (const [width, height] of [
    [390, 844],
    [820, 1180],
  ] as const) {
    it(`reaches the plan switcher from the menu at ${width} px`, async () => {
      const phone = await session.browser.newPage({
        viewport: { width, height },
        locale: 'zh-CN',
        hasTouch: true,
        isMobile: width < 768,
      });
      await phone.goto(session.base);
      await phone.getByRole('button', { name: /储能电池产品链/ }).waitFor();
      const select = phone.getByTestId('plan-select');
      expect(await select.isVisible()).toBe(false);
      await phone.getByRole('button', { name: '菜单' }).tap();
      await select.waitFor({ state: 'visible' });
      // Inside the screen, below the views and the token button, overlapping none of them.
      const box = await select.boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
      const below = await phone.evaluate(() =>
        [...document.querySelectorAll('.nav button, .token-button')].map(
          (b) => b.getBoundingClientRect().bottom,
        ),
      );
      expect(Math.max(...below)).toBeLessThanOrEqual(box?.y ?? 0);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await shot(phone, `plans-4-menu-${width}`);
      await select.selectOption(QIJIANG_14TH);
      await phone.getByTestId('earlier-plan').waitFor();
      await phone.getByRole('button', { name: /火锅产品群/ }).waitFor();
      // Picking a plan closes the menu, as picking a view does.
      await select.waitFor({ state: 'hidden' });
      await shot(phone, `plans-5-earlier-${width}`);
      await phone.close();
    });
  }
});
