import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, testDb } from '../helpers.ts';
import { type LargeChain, writeLargeChain } from '../largeChain.ts';
import { clickNode, shot, startBrowserSession } from './browser.ts';

// A chain of national size (800 links, 1,200 FEEDS): the map draws every element in stage columns and stays
// interactive. Timings belong to `tsx bench/client.ts`, not here.
let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;
let chain: LargeChain;

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  chain = await writeLargeChain(db, { links: 800, feeds: 1200 });
  session = await startBrowserSession(db);
  page = await session.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

type Cy = import('cytoscape').Core;

describe('a large chain map', () => {
  // GraphQL operations in the order the page sent them, and when the map's own answer arrived among them.
  const sent: string[] = [];

  it('draws all 800 links and 1,200 FEEDS edges, stages left to right', async () => {
    page.on('request', (r) => {
      const op = r.postData()?.match(/"operationName":"(\w+)"/)?.[1];
      if (op) sent.push(op);
    });
    page.on('requestfinished', (r) => {
      if (r.postData()?.includes('"operationName":"ChainView"')) sent.push('ChainView answered');
    });
    await page.goto(`${session.base}/?view=chain&chain=${chain.chainId}`);
    const drawn = await page.waitForFunction(
      () => {
        const mark = performance.getEntriesByName('chain-map-drawn')[0] as PerformanceMark | undefined;
        return mark ? (mark.detail as { elements: number }).elements : null;
      },
      null,
      { timeout: 60_000 },
    );
    expect(await drawn.jsonValue()).toBe(chain.links + chain.feeds);
    await expect(page.getByTestId('chain-map').getAttribute('data-elements')).resolves.toBe('2000');
    const map = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      const byStage = new Map<number, number[]>();
      cy.nodes().forEach((n) => {
        const xs = byStage.get(n.data('stage')) ?? [];
        xs.push(n.position().x);
        byStage.set(n.data('stage'), xs);
      });
      const stages = [...byStage.keys()].sort((a, b) => a - b);
      const ordered = stages
        .slice(1)
        .every(
          (s, i) =>
            Math.min(...(byStage.get(s) ?? [])) > Math.max(...(byStage.get(stages[i] as number) ?? [])),
        );
      const ext = cy.extent();
      const bb = cy.nodes().boundingBox();
      const visible =
        bb.x1 >= ext.x1 - 1 && bb.x2 <= ext.x2 + 1 && bb.y1 >= ext.y1 - 1 && bb.y2 <= ext.y2 + 1;
      return { nodes: cy.nodes().length, edges: cy.edges().length, ordered, visible };
    });
    expect(map).toEqual({ nodes: 800, edges: 1200, ordered: true, visible: true });
    await shot(page, '10-large-chain');
  });

  it('asks for the rest of the page after the map, and keeps the drawn map when it arrives', async () => {
    await page.evaluate(() => {
      (window as unknown as { __cy: Cy }).__cy.scratch('firstDrawn', true);
    });
    // The chain's health chart comes from the pipeline query, the last side query to be shown.
    await page.getByText('链条健康度').waitFor();
    await expect.poll(() => ['Plans', 'ScopeTree', 'ChainGaps'].every((op) => sent.includes(op))).toBe(true);
    const answered = sent.indexOf('ChainView answered');
    expect(answered, sent.join(' ')).toBeGreaterThan(0);
    // The entry (main.tsx) sent the map's request before anything else, and the map took it over: asked once.
    expect(sent[0], sent.join(' ')).toBe('ChainView');
    expect(
      sent.filter((op) => op === 'ChainView'),
      sent.join(' '),
    ).toHaveLength(1);
    for (const op of ['Plans', 'ScopeTree', 'ChainPipeline', 'ChainGaps']) {
      expect(sent.indexOf(op), `${op} in ${sent.join(' ')}`).toBeGreaterThan(answered);
    }
    const map = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      const ext = cy.extent();
      const bb = cy.nodes().boundingBox();
      const visible =
        bb.x1 >= ext.x1 - 1 && bb.x2 <= ext.x2 + 1 && bb.y1 >= ext.y1 - 1 && bb.y2 <= ext.y2 + 1;
      return { same: cy.scratch('firstDrawn') === true, visible };
    });
    expect(map).toEqual({ same: true, visible: true });
  });

  it('opens a link in the inspector when clicked, and shows labels once zoomed in on it', async () => {
    const name = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      return cy
        .nodes()
        .filter((n) => n.data('stage') === 4)[10]
        ?.data('name') as string;
    });
    await clickNode(page, name);
    const inspector = page.getByRole('complementary', { name: '环节详情' });
    await inspector.getByRole('heading', { name: new RegExp(name) }).waitFor();
    expect(page.url()).toContain('focus=');
    await page.getByPlaceholder('查找环节…').fill(name);
    await page.getByRole('button', { name: '定位' }).click();
    await page.waitForFunction((n) => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      return cy
        .nodes()
        .filter((x) => x.data('name') === n)[0]
        ?.hasClass('labelled');
    }, name);
    await page.waitForTimeout(400);
    await shot(page, '11-large-chain-zoomed');
  });
});
