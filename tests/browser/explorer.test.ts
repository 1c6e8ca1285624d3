import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, testDb } from '../helpers.ts';
import { clickNode, pickScope, shot, startBrowserSession } from './browser.ts';

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  session = await startBrowserSession(db);
  browser = session.browser;
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe('the explorer in Chromium', () => {
  it('shows the six industries with their chains and gap counts', async () => {
    await page.goto(session.base);
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    for (const name of ['高端装备制造', '新材料', '化工', '新一代信息技术', '消费品工业', '节能环保']) {
      await expect(page.getByRole('heading', { name, exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.locator('.industry-card .chain-list li').count()).resolves.toBeGreaterThanOrEqual(28);
    await shot(page, '01-overview');
  });

  it('opens the 再生铝 chain, draws it left to right, and explains 铝锭 in the inspector', async () => {
    await page.getByRole('button', { name: /再生铝产业链（废铝）/ }).click();
    await page.waitForFunction(
      () => (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy?.nodes().length,
    );
    expect(page.url()).toContain('chain=');
    // Stages run left to right: 废铝 is left of 再生铝, which is left of 铝锭.
    const xs = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return ['废铝', '再生铝', '铝锭'].map(
        (n) =>
          cy
            .nodes()
            .filter((x) => x.data('name') === n)[0]
            ?.position().x ?? -1,
      );
    });
    expect(xs[0]).toBeLessThan(xs[1] as number);
    expect(xs[1]).toBeLessThan(xs[2] as number);
    await clickNode(page, '铝锭');
    const inspector = page.getByRole('complementary', { name: '环节详情' });
    await inspector.getByRole('heading', { name: /铝锭/ }).waitFor();
    expect(page.url()).toContain('focus=');
    // The panel opens on the link itself; 相邻产业链 (铝锭 is shared) follows it rather than pushing it down.
    const title = await inspector.getByRole('heading', { name: /铝锭/ }).boundingBox();
    const shared = await inspector.getByRole('heading', { name: '相邻产业链' }).boundingBox();
    expect(title?.y ?? 1e9).toBeLessThan(shared?.y ?? 0);
    await shot(page, '02-chain-map');
  });

  it('switches scope to 北渡组团 and the statuses follow', async () => {
    const inspector = page.getByRole('complementary', { name: '环节详情' });
    // A missing link's empty lists say what is missing where, not 暂无数据.
    await clickNode(page, '废铝');
    await inspector.getByRole('heading', { name: /废铝/ }).waitFor();
    await expect(inspector.getByTestId('no-producers').textContent()).resolves.toBe(
      '綦江区内没有生产「废铝」的企业。',
    );
    await expect(inspector.getByTestId('no-projects').textContent()).resolves.toBe(
      '綦江区内没有建设「废铝」的在建或规划项目。',
    );
    await clickNode(page, '再生铝');
    await inspector.getByRole('heading', { name: /再生铝/ }).waitFor();
    await expect(inspector.locator('.reason').textContent()).resolves.toContain('綦江区内');
    await pickScope(page, 'zone-beidu', '北渡');
    await page.waitForFunction(() => document.querySelector('.meta')?.textContent?.includes('北渡组团'));
    await clickNode(page, '再生铝');
    await expect(inspector.locator('.reason').textContent()).resolves.toContain('北渡组团内');
    expect(page.url()).toContain('zone=zone-beidu');
    await shot(page, '03-chain-beidu');
  });

  it('keeps the header on one row with a usable search box when the scope path is long (1440 and 1024 wide)', async () => {
    // The scope is 北渡组团: its path 重庆市 › 綦江区 › 綦江国家级高新技术产业开发区 › 北渡组团 once squeezed the
    // search box to a few characters, and at 1024 px wrapped every header item character by character.
    for (const [width, minSearch] of [
      [1440, 320],
      [1024, 180],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(100);
      const m = await page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
        const current = document.querySelector('.scope-crumbs .crumb.current') as HTMLElement;
        const buttons = [...document.querySelectorAll('.app-header .nav button')].map(
          (b) => b.getBoundingClientRect().height,
        );
        return {
          header: box('.app-header')?.height ?? 0,
          search: box('.app-header .search input')?.width ?? 0,
          placeholderFits: (() => {
            const input = document.querySelector('.app-header .search input') as HTMLInputElement;
            const cs = getComputedStyle(input);
            const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
            ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
            const room =
              input.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
            return ctx.measureText(input.placeholder).width <= room;
          })(),
          scopeRight: box('.scope-button')?.right ?? 1e9,
          current: current.textContent,
          title: document.querySelector('.scope-button')?.getAttribute('title'),
          currentClipped: current.scrollWidth > current.clientWidth + 1,
          navHeights: buttons,
        };
      });
      expect(m.header, `${width}: header height`).toBeLessThanOrEqual(64);
      expect(m.search, `${width}: search box width`).toBeGreaterThanOrEqual(minSearch);
      if (width >= 1280) expect(m.placeholderFits, `${width}: placeholder clipped`).toBe(true);
      expect(m.scopeRight, `${width}: scope button on screen`).toBeLessThanOrEqual(width);
      expect(m.current).toBe('北渡组团');
      // The outer levels give way (clipped: 重… › 綦…); the whole path is the button's tooltip.
      expect(m.title).toBe('重庆市 › 綦江区 › 綦江国家级高新技术产业开发区 › 北渡组团');
      expect(m.currentClipped, `${width}: 北渡组团 clipped`).toBe(false);
      expect(Math.max(...m.navHeights), `${width}: nav items on one line`).toBeLessThan(40);
      await shot(page, `03b-header-${width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
