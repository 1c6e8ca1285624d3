import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { clearDb, resetAndSeed, testDb } from '../helpers.ts';
import { pickScope, shot, startBrowserSession } from './browser.ts';

// Issue #20 on the Qijiang-only deployment (the npm start seed): the scope selector loads what it shows — the tree
// as it opens, a zone's children when expanded, the search from the server — and looks as before: 重庆市 › 綦江区
// open with its top-level zones. Screenshots: tests/artifacts/scope-tree-seed-*.png.

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  session = await startBrowserSession(db);
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

/** The GraphQL operations a page sends, by name, in order. */
function operations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return;
    names.push((JSON.parse(req.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
  });
  return names;
}

const rows = (page: Page) =>
  page.locator('.scope-tree .scope-name').evaluateAll((els) =>
    els.map((e) => {
      const li = e.closest('li') as HTMLElement;
      const toggle = li.querySelector('.scope-toggle');
      const mark = toggle?.getAttribute('aria-expanded');
      return `${li.style.paddingLeft} ${mark === 'true' ? '▾' : mark === 'false' ? '▸' : ' '} ${e.firstChild?.textContent}`;
    }),
  );

describe('the scope tree on the seed (綦江区)', () => {
  it('opens at 重庆市 › 綦江区, loads a zone’s children on expand, searches on the server', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    const asked = operations(page);
    await page.goto(`${session.base}/`);
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    // The overview shows the plan's 2025 targets (from the district's plan, Plan.industryTargets).
    await expect(
      page.getByTestId('industry-ind-new-materials').locator('.meta').textContent(),
    ).resolves.toContain('500');
    await page.getByTestId('scope-button').filter({ hasText: '綦江区' }).waitFor();
    await shot(page, 'scope-tree-seed-01-header');

    // Collapsed: as before, the regions open on the district's top-level zones; the 高新区 closed.
    await page.getByTestId('scope-button').click();
    await page.getByTestId('scope-zone-qijiang-hitech').waitFor();
    const opened = await rows(page);
    expect(opened.slice(0, 4)).toEqual([
      '4px   綦江区（全部）',
      '4px ▾ 重庆市',
      '20px ▾ 綦江区',
      '36px   安稳组团',
    ]);
    expect(opened).toContain('36px ▸ 綦江国家级高新技术产业开发区');
    expect(opened).toContain('36px   三江');
    expect(opened.some((r) => r.includes('北渡组团'))).toBe(false);
    await shot(page, 'scope-tree-seed-02-collapsed');

    // Expanded: the 高新区's 组团 come from the server when it is first opened.
    await page.getByRole('button', { name: '展开綦江国家级高新技术产业开发区' }).click();
    await page.getByTestId('scope-zone-beidu').waitFor();
    expect(asked).toContain('ZoneChildren');
    const expanded = await rows(page);
    const at = expanded.indexOf('36px ▾ 綦江国家级高新技术产业开发区');
    expect(expanded.slice(at, at + 4)).toEqual([
      '36px ▾ 綦江国家级高新技术产业开发区',
      '52px ▸ 北渡组团',
      '52px   桥河组团',
      '52px   通惠组团',
    ]);
    await shot(page, 'scope-tree-seed-03-expanded');

    // Searched: the server's matches, each under its ancestors.
    await page.getByRole('searchbox').fill('铝');
    await page.getByTestId('scope-zone-beidu-aluminium-park').waitFor();
    expect(asked).toContain('ZoneSearch');
    await expect(page.getByTestId('scope-zone-qiaohe').count()).resolves.toBe(0);
    expect((await rows(page)).map((r) => r.trim().split(' ').at(-1))).toEqual([
      '重庆市',
      '綦江区',
      '綦江国家级高新技术产业开发区',
      '北渡组团',
      '北渡铝产业园',
    ]);
    await shot(page, 'scope-tree-seed-04-searched');
    await page.getByRole('searchbox').fill('');

    // A pick from the search: breadcrumbs, then the zone page's own header.
    await pickScope(page, 'zone-beidu-aluminium-park', '铝产业');
    await page.waitForURL(/zone=zone-beidu-aluminium-park/);
    await expect
      .poll(() => page.locator('.scope-crumbs .crumb').allTextContents())
      .toEqual(['重庆市', '綦江区', '綦江国家级高新技术产业开发区', '北渡组团', '北渡铝产业园']);
    // No page asked for every zone, nor every district's plans.
    expect(asked).not.toContain('Zones');
    expect(asked.filter((a) => a === 'Plans').length).toBeGreaterThan(0);
    await page.close();
  });

  it('the zone page and the zone list work as before', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    await page.goto(`${session.base}/?view=zone&zone=zone-beidu`);
    await page
      .getByRole('heading', { name: /北渡组团/ })
      .first()
      .waitFor();
    await expect(page.locator('.scope-crumbs .crumb').allTextContents()).resolves.toEqual([
      '重庆市',
      '綦江区',
      '綦江国家级高新技术产业开发区',
      '北渡组团',
    ]);
    await shot(page, 'scope-tree-seed-05-zone');
    // Without a zone: the tree as it opens (重庆市, 綦江区 and its 19 top-level zones) by kind — not every zone
    // (issue #20) — and a search for the others.
    const asked = operations(page);
    await page.goto(`${session.base}/?view=zone`);
    await page.getByRole('button', { name: '綦江国家级高新技术产业开发区' }).waitFor();
    await expect(page.locator('.zone-list .chip').count()).resolves.toBe(21);
    await expect(page.locator('.zone-list .chip', { hasText: '北渡铝产业园' }).count()).resolves.toBe(0);
    await shot(page, 'scope-tree-seed-06-zone-list');
    await page.getByTestId('zone-list-search').fill('铝产业');
    await page.getByTestId('zone-list-match-zone-beidu-aluminium-park').waitFor();
    await expect(page.getByTestId('zone-list-matches').textContent()).resolves.toContain('北渡组团');
    await shot(page, 'scope-tree-seed-07-zone-list-search');
    await page.getByTestId('zone-list-match-zone-beidu-aluminium-park').click();
    await page.waitForURL(/zone=zone-beidu-aluminium-park/);
    await page
      .getByRole('heading', { name: /北渡铝产业园/ })
      .first()
      .waitFor();
    expect(asked).toContain('ScopeTree');
    expect(asked).toContain('ZoneSearch');
    expect(asked).not.toContain('Zones');
    await page.close();
  });
});
