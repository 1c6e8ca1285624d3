import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { Db } from '../../server/db/neo4j.ts';
import { UPSTREAM_LISTED_GAPS } from '../../vocab/priority.ts';
import { resetAndSeed, testDb } from '../helpers.ts';
import { shot, startBrowserSession } from './browser.ts';

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  session = await startBrowserSession(db);
  page = await session.browser.newPage({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe('officer journeys', () => {
  it('upstream gaps of 压铸件 in 北渡组团: upstream highlighted, gaps by priority (or distance) with candidates, CSV export', async () => {
    await page.goto(
      `${session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&zone=zone-beidu&focus=p-压铸件`,
    );
    await page.getByRole('button', { name: '查看上游缺口与招引对象' }).first().click();
    const list = page.getByRole('complementary', { name: '缺口与招引对象' });
    await list.getByTestId('gap').first().waitFor();
    expect(page.url()).toContain('view=upstream');
    // The map marks each upstream link with ↑n (its distance); the legend says what that means.
    const nodeLabels = await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy
        .nodes()
        .map((n) => String(n.data('label'))),
    );
    expect(nodeLabels.some((l) => /↑\d/.test(l))).toBe(true);
    await expect(page.getByRole('region', { name: '图例' }).textContent()).resolves.toContain(
      '↑n上游第 n 级',
    );
    // Highest priority first: each gap shows its tier and score, its kind and one line per part of the score.
    const tiers = await list.getByTestId('gap').locator('.tier').allTextContents();
    const scores = tiers.map((t) => Number(/([\d.]+) 分/.exec(t)?.[1]));
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const first = list.getByTestId('gap').first();
    await expect(first.locator('.gap-kind').textContent()).resolves.toMatch(/缺链|单一供应|项目待补/);
    // Reach, kind, breaks chain, projects, candidates and the plan's own word (规划引进).
    await expect(first.getByTestId('priority-parts').locator('li').count()).resolves.toBe(6);
    await expect(first.getByTestId('priority-parts').textContent()).resolves.toMatch(/规划引进/);
    await shot(page, '04a-upstream-priority');
    // 按距离: nearest first.
    await list.getByRole('button', { name: '按距离' }).click();
    await page.waitForFunction(() => {
      const d = [...document.querySelectorAll('[data-testid="gap"] .distance')].map((e) =>
        Number(/\d+/.exec(e.textContent ?? '')?.[0]),
      );
      return d.length > 3 && d.every((x, i) => i === 0 || (d[i - 1] ?? 0) <= x);
    });
    await list.getByRole('button', { name: '按优先级' }).click();
    await list.getByTestId('gap').first().locator('.tier').waitFor();
    // 再生铝 is weak in 北渡组团 and the plan names 南山铝业 and 明泰铝业 to invite for it.
    const recycled = list
      .getByTestId('gap')
      .filter({ has: page.getByRole('button', { name: '再生铝', exact: true }) })
      .first();
    await expect(recycled.getByTestId('candidate').filter({ hasText: '南山铝业' }).count()).resolves.toBe(1);
    // 建立线索 and 为此缺口建立线索 look like the product's buttons (accent outline on white), not the browser's
    // grey default.
    for (const button of [
      recycled
        .getByTestId('candidate')
        .filter({ hasText: '南山铝业' })
        .getByRole('button', { name: '建立线索' }),
      recycled.getByRole('button', { name: '为此缺口建立线索（自填企业）' }),
    ]) {
      const look = await button.evaluate((el) => {
        const cs = getComputedStyle(el);
        return { border: cs.borderTopColor, background: cs.backgroundColor, color: cs.color };
      });
      expect(look).toEqual({
        border: 'rgb(45, 95, 196)',
        background: 'rgb(255, 255, 255)',
        color: 'rgb(45, 95, 196)',
      });
    }
    // Its projects outside 北渡组团 are not counted by its status line, so they are folded under 更多.
    const more = recycled.locator('details.more');
    await expect(more.locator('summary').textContent()).resolves.toMatch(/^更多（\d+）$/);
    await expect(recycled.locator(':scope > .candidate-list > ul [data-folded]').count()).resolves.toBe(0);
    // Everything not upstream of 压铸件 is dimmed on the map.
    const dimmed = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const name = (n: string) => cy.nodes().filter((x) => x.data('name') === n)[0];
      return {
        wasteAl: name('废铝')?.hasClass('dimmed'),
        householdAl: name('家用铝制品')?.hasClass('dimmed'),
      };
    });
    expect(dimmed).toEqual({ wasteAl: false, householdAl: true });
    // The list counts each gap's 外区企业 (firms of other zones of the graph) instead of listing them; 列出外区企业
    // reads that gap's whole list and shows them in place, as many as counted.
    const firstWithOthers = list
      .getByTestId('gap')
      .filter({ has: page.getByTestId('others-count') })
      .first();
    const gapName = (await firstWithOthers.locator('.gap-head > button').first().textContent()) ?? '';
    // Located by its name: the count line (what found it) goes once the firms are listed.
    const withOthers = list
      .getByTestId('gap')
      .filter({ has: page.getByRole('button', { name: gapName, exact: true }) })
      .first();
    const line = (await withOthers.getByTestId('others-count').textContent()) ?? '';
    const counted = Number(/另有 (\d+) 家外区企业/.exec(line)?.[1]);
    expect(counted).toBeGreaterThan(0);
    await expect(withOthers.getByTestId('candidate').filter({ hasText: '外区企业' }).count()).resolves.toBe(
      0,
    );
    await withOthers.getByRole('button', { name: '列出外区企业' }).click();
    await withOthers
      .getByTestId('candidate')
      .filter({ hasText: '外区企业' })
      .first()
      .waitFor({ state: 'attached' });
    await expect(withOthers.getByTestId('candidate').filter({ hasText: '外区企业' }).count()).resolves.toBe(
      Math.min(counted, 20),
    );
    await expect(withOthers.getByTestId('others-count').count()).resolves.toBe(0);
    await shot(page, '04b-upstream-others-listed');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF环节,状态,缺口类型,断链,优先级,得分,得分构成,距离（级）,原因,候选类型,候选名称,推荐度,排序分（0–1，非百分比）,所在地,更多（折叠）,理由',
    );
    expect(csv).toContain('南山铝业');
    // The CSV holds every candidate, the 外区企业 of every gap too.
    expect(csv).toContain('外区企业');
    await shot(page, '04-upstream-gaps');
  });

  it('a long upstream list carries the first 10 gaps’ candidates; 列出候选 reads a later gap’s list', async () => {
    await page.goto(
      `${session.base}/?view=upstream&chain=chain-aluminium-deep-processing&focus=p-汽车轻量化材料&zone=zone-fuhuan`,
    );
    const list = page.getByRole('complementary', { name: '缺口与招引对象' });
    await list.getByTestId('gap').first().locator('.tier').waitFor();
    const gaps = list.getByTestId('gap');
    const n = await gaps.count();
    expect(n).toBeGreaterThan(UPSTREAM_LISTED_GAPS);
    const unlisted = await gaps.evaluateAll((els) =>
      els.map((el) => el.querySelector('[data-testid="candidates-unlisted"]') !== null),
    );
    expect(unlisted).toEqual(Array.from({ length: n }, (_, i) => i >= UPSTREAM_LISTED_GAPS));
    const later = gaps.nth(UPSTREAM_LISTED_GAPS);
    await expect(later.getByTestId('candidates-unlisted').textContent()).resolves.toContain(
      `前 ${UPSTREAM_LISTED_GAPS} 个缺口`,
    );
    await later.scrollIntoViewIfNeeded();
    await shot(page, '04c-upstream-later-gap-unlisted');
    await later.getByRole('button', { name: '列出候选' }).click();
    await later.getByTestId('candidates-unlisted').waitFor({ state: 'detached' });
    // Its list as the product panel gives it: candidates, or the line that says there are none.
    await expect(later.locator('.candidate-list').count()).resolves.toBe(1);
    await later.scrollIntoViewIfNeeded();
    await shot(page, '04c-upstream-later-gap-listed');
  });

  it('search "铝" → pick a link → its chain opens focused on it; back returns', async () => {
    await page.goto(session.base);
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.fill('铝锭');
    await page.getByRole('option').first().waitFor();
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('铝锭');
    await box.press('Enter');
    await page.getByTestId('inspector').getByRole('heading', { name: /铝锭/ }).waitFor();
    expect(page.url()).toContain('view=chain');
    expect(decodeURIComponent(page.url())).toContain('focus=p-铝锭');
    await page.goBack();
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    // Keyboard: type, arrow down, Enter opens the second hit.
    await box.fill('北渡');
    await page.getByRole('option').first().waitFor();
    const names = await page.getByRole('option').allTextContents();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(/view=(zone|chain)/);
    expect(names.length).toBeGreaterThan(1);
    await shot(page, '05-search-result');
  });

  it('a zone page lists its enterprises; filters and pages work', async () => {
    await page.goto(`${session.base}/?view=zone&zone=zone-qijiang-hitech`);
    const table = page.getByTestId('enterprise-table');
    await table.locator('tbody tr').first().waitFor();
    const heading = page.getByRole('heading', { name: /企业名录（\d+）/ });
    const total = Number(/（(\d+)）/.exec((await heading.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    // Name filter narrows the table.
    await page.getByRole('textbox', { name: '按企业名称筛选…' }).fill('旗能');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=enterprise-table] tbody tr').length === 1,
    );
    await expect(table.locator('tbody tr').first().textContent()).resolves.toContain('旗能电铝');
    await page.getByRole('textbox', { name: '按企业名称筛选…' }).fill('');
    // Link filter: 原铝 producers in the 高新区.
    await page.getByRole('combobox', { name: '按环节筛选' }).selectOption({ label: '原铝' });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=enterprise-table] tbody')?.textContent?.includes('旗能电铝'),
    );
    await page.getByRole('combobox', { name: '按环节筛选' }).selectOption({ label: '全部环节' });
    await shot(page, '06-zone');
    // The page's CSV is the table export: same columns, same rows, same order.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).first().click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const exported = await fetch(`${session.base}/tables/export/enterprises.csv?zone=zone-qijiang-hitech`);
    expect(csv).toBe(Buffer.from(await exported.arrayBuffer()).toString('utf8'));
    expect(csv).toContain('旗能电铝,,北渡组团,原铝、电解铝,新材料,');
  });

  it('pages through a zone with more enterprises than one page', async () => {
    // The plan names few firms per zone; add 25 to 安稳组团 so the table needs two pages.
    await db.driver.executeQuery(
      `MATCH (z:Zone {id: 'zone-anwen'})
       UNWIND range(1, 25) AS i
       CREATE (e:Enterprise {id: 'ent-test-' + i, name: '测试企业' + right('0' + i, 2), local: true, origin: 'test',
                             industries: ['ind-new-materials'], sources: []})-[:LOCATED_IN]->(z)`,
    );
    await page.goto(`${session.base}/?view=zone&zone=zone-anwen`);
    const table = page.getByTestId('enterprise-table');
    await table.locator('tbody tr').first().waitFor();
    const firstPage = await table.locator('tbody tr td:first-child').allTextContents();
    expect(firstPage).toHaveLength(20);
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText('第 2 页').waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=enterprise-table] tbody tr').length < 20,
    );
    const secondPage = await table.locator('tbody tr td:first-child').allTextContents();
    expect(new Set([...firstPage, ...secondPage]).size).toBe(firstPage.length + secondPage.length);
    // Sorting by name descending reverses the page.
    await page.getByRole('button', { name: /^企业/ }).click();
    const sorted = await table.locator('tbody tr td:first-child').allTextContents();
    expect(sorted).toEqual([...secondPage].reverse());
    await page.getByRole('button', { name: '上一页' }).click();
    await page.getByText('第 1 页').waitFor();
  });

  it('says clearly when the database is down', async () => {
    // A second, real server whose Neo4j is unreachable.
    const down = new Db({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const server = createApp(down, { production: true });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.getByRole('alert').waitFor({ timeout: 20_000 });
      await expect(page.getByRole('alert').textContent()).resolves.toContain('图数据库暂时无法连接');
      await shot(page, '07-db-down');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await down.close();
    }
  });
});
