import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, testDb } from '../helpers.ts';
import { pickScope, shot, startBrowserSession } from './browser.ts';

// Issue #21: the officer's and the chain leader's journeys on a phone (390 × 844) and a tablet (768 × 1024),
// both by touch. Screenshots: tests/artifacts/phone-<width>-*.png.

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  session = await startBrowserSession(db);
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

const CHAIN = 'chain-scrap-aluminium-recycling';

/** What every view must hold on a small screen. */
async function checkLayout(page: Page, width: number, view: string): Promise<void> {
  const m = await page.evaluate(() => {
    const main = document.querySelector('.app-main') as HTMLElement;
    return {
      page: document.documentElement.scrollWidth,
      inner: window.innerWidth,
      main: main.scrollWidth - main.clientWidth,
      header: document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0,
    };
  });
  expect(m.page, `${view}: the page scrolls sideways`).toBeLessThanOrEqual(m.inner);
  expect(m.main, `${view}: the main area scrolls sideways`).toBeLessThanOrEqual(0);
  expect(m.header, `${view}: header height`).toBeLessThanOrEqual(64);
  if (width >= 768) return;
  // Text of at least 14 px (citation marks excepted), tap targets of at least 44 px.
  const small = await page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('sup, option, style, script')) continue;
      if (!el.checkVisibility() || el.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 14)
        out.push(`${size}px ${el.tagName}.${el.className}: ${n.textContent.trim().slice(0, 20)}`);
    }
    return out;
  });
  expect(small, `${view}: text under 14 px`).toEqual([]);
  const tiny = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.app-header button, .app-header select, .toolbar button, .toolbar a, .map-tools button, .sheet-handle, .briefing-tools button, .briefing-tools a, .filters button, .pager button, .chain-list button',
      ),
    ]
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(
        ({ el, box }) => `${el.tagName}.${el.className} ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
  expect(tiny, `${view}: tap targets under 44 px`).toEqual([]);
}

/** Where a chain-map node is drawn, in page pixels. */
function nodeCentre(page: Page, name: string) {
  return page.evaluate((n) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const node = cy.nodes().filter((x) => x.data('name') === n)[0];
    if (!node) throw new Error(`node ${n} is not on the map`);
    const p = node.renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
  }, name);
}

const zoomOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.zoom());

/** Two fingers on the map moving apart, through the DevTools protocol (playwright taps with one finger only). */
async function pinchOut(context: BrowserContext, page: Page, at: { x: number; y: number }): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const points = (d: number) => [
    { x: at.x - d, y: at.y, id: 1 },
    { x: at.x + d, y: at.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(20) });
  for (let d = 30; d <= 110; d += 10)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe.each([
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
])('at $width × $height, by touch', ({ width, height }) => {
  let context: BrowserContext;
  let page: Page;
  const name = (view: string) => `phone-${width}-${view}`;

  beforeAll(async () => {
    context = await session.browser.newContext({
      viewport: { width, height },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it("the officer's journey: search 压铸件 → chain map → 北渡组团 → upstream gaps → a candidate", async () => {
    await page.goto(session.base);
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    await checkLayout(page, width, 'overview');
    await shot(page, name('01-overview'));

    // The search sits behind an icon; it opens over the header, full width, with the keyboard up.
    await page.getByRole('button', { name: '打开搜索' }).tap();
    const box = page.getByRole('combobox', { name: '搜索' });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect((await box.boundingBox())?.width).toBeGreaterThan(width * 0.7);
    await box.fill('压铸件');
    const hit = page.getByRole('option').filter({ hasText: '压铸件' }).first();
    await hit.waitFor();
    await checkLayout(page, width, 'search');
    await shot(page, name('02-search'));
    await hit.tap();

    // The chain map, with the inspector raised over it for 压铸件.
    const inspector = page.getByTestId('inspector');
    await inspector.getByRole('heading', { name: /压铸件/ }).waitFor();
    expect(page.url()).toContain(`chain=${CHAIN}`);
    const map = await page.getByTestId('chain-map').boundingBox();
    expect(map?.width).toBeGreaterThan(width * 0.45);
    expect(map?.height).toBeGreaterThan(280);
    expect((map?.y ?? 0) + 100).toBeLessThan(height);
    await checkLayout(page, width, 'chain-inspector');
    await shot(page, name('03-chain-inspector'));

    // Tapping the background clears the choice (the sheet lowers); tapping a node opens it in the inspector.
    if (width < 768) {
      await page.getByRole('button', { name: '收起详情' }).tap();
      await page.getByRole('button', { name: '展开详情' }).waitFor();
      await page.waitForFunction(
        () => (document.querySelector('.sheet')?.getBoundingClientRect().height ?? 0) <= 100,
      );
    }
    await page.getByRole('button', { name: '适应窗口' }).tap();
    await page.waitForTimeout(100);
    await shot(page, name('04-chain-map'));
    const at = await nodeCentre(page, '废铝');
    await page.touchscreen.tap(at.x, at.y);
    await inspector.getByRole('heading', { name: /废铝/ }).waitFor();
    expect(decodeURIComponent(page.url())).toContain('focus=p-废铝');

    // Pinch to zoom in, then the fit button.
    const before = await zoomOf(page);
    const mapBox = await page.getByTestId('chain-map').boundingBox();
    await pinchOut(context, page, { x: (mapBox?.x ?? 0) + 120, y: (mapBox?.y ?? 0) + 120 });
    expect(await zoomOf(page)).toBeGreaterThan(before * 1.5);
    await page.getByRole('button', { name: '适应窗口' }).tap();
    await expect.poll(() => zoomOf(page)).toBeLessThan(before * 1.5);

    // The scope: 北渡组团 from the header's compact picker.
    await pickScope(page, 'zone-beidu', '北渡组团');
    await page.waitForURL(/zone=zone-beidu/);
    await page.locator('.chain-head .meta').filter({ hasText: '北渡组团' }).waitFor();
    await inspector.getByRole('heading', { name: /废铝/ }).waitFor();
    await checkLayout(page, width, 'chain-scoped');

    // Upstream gaps of 压铸件 in 北渡组团: the map stays on screen, the list below it, a candidate in it.
    if (width < 768) {
      await page.getByRole('button', { name: '收起详情' }).tap();
      // The sheet slides down (0.2 s); tap the map once it is out of the way.
      await page.waitForFunction(
        () => (document.querySelector('.sheet')?.getBoundingClientRect().height ?? 0) <= 100,
      );
    }
    const at2 = await nodeCentre(page, '压铸件');
    await page.touchscreen.tap(at2.x, at2.y);
    await inspector.getByRole('heading', { name: /压铸件/ }).waitFor();
    await inspector.getByRole('button', { name: '查看上游缺口与招引对象' }).tap();
    const list = page.getByRole('complementary', { name: '缺口与招引对象' });
    await list.getByTestId('gap').first().waitFor();
    const upstreamMap = await page.getByTestId('chain-map').boundingBox();
    expect(upstreamMap?.y).toBeLessThan(height / 2);
    expect(upstreamMap?.height).toBeGreaterThan(250);
    await checkLayout(page, width, 'upstream');
    await shot(page, name('05-upstream'));
    const candidate = list
      .getByTestId('gap')
      .filter({ hasText: '再生铝' })
      .first()
      .getByTestId('candidate')
      .filter({ hasText: '南山铝业' });
    await candidate.scrollIntoViewIfNeeded();
    const c = await candidate.boundingBox();
    expect((c?.x ?? 0) + (c?.width ?? 0)).toBeLessThanOrEqual(width);
    await shot(page, name('06-upstream-candidate'));
  }, 180_000);

  it('the menu opens the zone page; its tables fit the screen', async () => {
    await page.goto(`${session.base}/?view=overview`);
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    await page.getByRole('button', { name: '菜单' }).tap();
    await checkLayout(page, width, 'menu');
    // The token button sits under the menu's rows, overlapping none of them (it once covered 导入规划).
    if (width < 768) {
      const token = await page.locator('.app-header').getByRole('button', { name: '只读' }).boundingBox();
      const rows = await page.locator('.app-header .nav button').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.textContent, top: r.top, bottom: r.bottom };
        }),
      );
      expect(rows.map((r) => r.name)).toEqual(['总览', '区域', '招商线索', '导入规划']);
      for (const r of rows)
        expect(token?.y ?? 0, `token button over ${r.name}`).toBeGreaterThanOrEqual(r.bottom);
    }
    await shot(page, name('07-menu'));
    await page.getByRole('button', { name: '区域', exact: true }).tap();
    // 北渡组团 sits under the 高新区: the list shows the top levels, the search finds the rest.
    await page.getByTestId('zone-list-search').fill('北渡组团');
    await page.getByTestId('zone-list-match-zone-beidu').tap();
    await page.getByTestId('enterprise-table').locator('tbody tr').first().waitFor();
    await checkLayout(page, width, 'zone');
    await shot(page, name('08-zone'));
    await page.getByTestId('enterprise-table').scrollIntoViewIfNeeded();
    await shot(page, name('09-zone-table'));
  });

  it('the import page fits the screen', async () => {
    await page.goto(`${session.base}/?view=import`);
    await page.getByRole('heading', { name: '导入规划文本' }).waitFor();
    await checkLayout(page, width, 'import');
    await shot(page, name('10-import'));
    // A plan's file name is long: found walking 中方县's plan, it pushed the page 70 px sideways on a phone.
    await page.getByLabel('选择规划文件').setInputFiles({
      name: '中方县“十四五”工业高质量发展规划（2021-2025）.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('中方县'),
    });
    await page.getByTestId('file-picker-name').getByText('中方县“十四五”', { exact: false }).waitFor();
    await checkLayout(page, width, 'import with a file chosen');
  });

  it("the chain leader's journey: open a shared briefing link, read it, zoom the diagram, share it on", async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shared: unknown[] };
      w.__shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (d: unknown) => {
          w.__shared.push(d);
          return Promise.resolve();
        },
      });
    });
    const link = `${session.base}/?view=briefing&chain=${CHAIN}&zone=zone-beidu`;
    await page.goto(link);
    const briefing = page.getByTestId('briefing');
    await briefing.getByTestId('briefing-link').first().waitFor();
    await page.waitForFunction(
      () => (document.querySelector('.map-figure img') as HTMLImageElement)?.complete,
    );
    await checkLayout(page, width, 'briefing');
    await shot(page, name('11-briefing'));
    // Read on: the links table fits (cards on a phone), the diagram is as wide as the page.
    const figure = page.getByTestId('briefing-figure');
    const img = figure.locator('img');
    const fitted = await img.boundingBox();
    expect(fitted?.width).toBeLessThanOrEqual(width);
    await briefing.getByTestId('briefing-link').nth(2).scrollIntoViewIfNeeded();
    await checkLayout(page, width, 'briefing-links');
    await shot(page, name('12-briefing-links'));
    // Zoom: the diagram grows in its own box, which scrolls; the page keeps its width.
    await figure.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '放大查看' }).tap();
    await expect
      .poll(async () => (await img.boundingBox())?.width ?? 0)
      .toBeGreaterThan((fitted?.width ?? 0) * 2);
    const scroll = await figure.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scroll).toBe(true);
    await figure.evaluate((el) => el.scrollBy(el.scrollWidth / 3, 0));
    await checkLayout(page, width, 'briefing-zoomed');
    await shot(page, name('13-briefing-zoomed'));
    await page.getByRole('button', { name: '还原大小' }).tap();
    // Share: the system share sheet gets the page's title and this very link.
    await page.getByRole('button', { name: '分享' }).tap();
    const shared = await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);
    expect(shared).toEqual([{ title: expect.stringContaining('产业链图谱'), url: link }]);
  });
});

describe('on a desktop', () => {
  it('keeps the one-row header: the phone-only icons and the sheet handle stay hidden', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    try {
      await page.goto(`${session.base}/?view=chain&chain=${CHAIN}&focus=p-压铸件`);
      await page
        .getByTestId('inspector')
        .getByRole('heading', { name: /压铸件/ })
        .waitFor();
      for (const hidden of ['菜单', '打开搜索', '关闭搜索', '收起详情'])
        await expect(page.getByRole('button', { name: hidden }).isVisible(), hidden).resolves.toBe(false);
      for (const shown of ['总览', '区域', '导入规划', '分享'])
        await expect(page.getByRole('button', { name: shown, exact: true }).isVisible(), shown).resolves.toBe(
          true,
        );
      await expect(page.getByRole('combobox', { name: '搜索' }).isVisible()).resolves.toBe(true);
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height).toBeLessThan(80);
      const sheet = await page.getByRole('complementary', { name: '环节详情' }).boundingBox();
      expect(sheet?.width).toBe(340);
    } finally {
      await page.close();
    }
  });
});

describe('sharing without a share sheet', () => {
  it('copies the title and the link to the clipboard and says so', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
    });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.base });
      const page = await context.newPage();
      const link = `${session.base}/?view=chain&chain=${CHAIN}&zone=zone-beidu`;
      await page.goto(link);
      const heading = await page.getByRole('heading', { level: 2 }).first().textContent();
      await page.getByRole('button', { name: '分享' }).click();
      await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${heading} · 产业链图谱\n${link}`);
    } finally {
      await context.close();
    }
  });
});
