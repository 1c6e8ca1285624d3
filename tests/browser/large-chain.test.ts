import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, testDb } from '../helpers.ts';
import { type LargeChain, writeLargeChain } from '../largeChain.ts';
import { artifacts, clickNode, shot, startBrowserSession } from './browser.ts';

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
    // The first frame is the preview; the map answers once Cytoscape has drawn it (the preview then goes).
    await page.waitForFunction(() => performance.getEntriesByName('chain-map-interactive').length > 0);
    await expect(page.locator('canvas.chain-map-preview').count()).resolves.toBe(0);
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

  it('shows a preview first that looks like the map Cytoscape then draws', async () => {
    const fresh = await session.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // Hold what the page schedules from a frame callback (the map builds Cytoscape in the task after the frame
    // that shows its preview) until the test lets it go: the preview stays on screen to be looked at.
    await fresh.addInitScript(() => {
      const w = window as unknown as { __held: (() => void)[]; __release: () => void };
      w.__held = [];
      let inFrame = false;
      let holding = true;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) =>
        raf((t) => {
          inFrame = true;
          try {
            cb(t);
          } finally {
            inFrame = false;
          }
        });
      const timeout = window.setTimeout.bind(window);
      window.setTimeout = ((fn: () => void, ms?: number) => {
        if (holding && inFrame && !ms) {
          w.__held.push(fn);
          return 0;
        }
        return timeout(fn, ms);
      }) as typeof window.setTimeout;
      w.__release = () => {
        holding = false;
        for (const fn of w.__held.splice(0)) fn();
      };
    });
    await fresh.goto(`${session.base}/?view=chain&chain=${chain.chainId}`);
    const painter = await fresh.waitForFunction(() => {
      const mark = performance.getEntriesByName('chain-map-drawn')[0] as PerformanceMark | undefined;
      return mark ? (mark.detail as { painter: string }).painter : null;
    });
    expect(await painter.jsonValue()).toBe('preview');
    await fresh.waitForFunction(() => (window as unknown as { __held: unknown[] }).__held.length > 0);
    expect(await fresh.evaluate(() => performance.getEntriesByName('chain-map-interactive').length)).toBe(0);
    const map = fresh.getByTestId('chain-map');
    const before = await map.screenshot();
    await fs.writeFile(path.join(artifacts, '10b-large-chain-preview.png'), before);
    await fresh.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await fresh.waitForFunction(() => performance.getEntriesByName('chain-map-interactive').length > 0);
    await expect(fresh.locator('canvas.chain-map-preview').count()).resolves.toBe(0);
    const after = await map.screenshot();
    // Pixel by pixel in the page: how much of the map differs between the two pictures, and how much of the
    // preview is drawn at all (an empty preview would "differ" by exactly that much).
    // (on a blank page: the explorer's content security policy lets no image be fetched from data)
    const blank = await session.browser.newPage();
    const cmp = await blank.evaluate(
      async ([a, b]) => {
        const load = async (b64: string) => {
          const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const c = new OffscreenCanvas(img.width, img.height);
          const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height);
        };
        const [x, y] = [await load(a as string), await load(b as string)];
        let differ = 0;
        let inked = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          let d = 0;
          let ink = 0;
          for (let k = 0; k < 3; k++) {
            d = Math.max(d, Math.abs((x.data[i + k] as number) - (y.data[i + k] as number)));
            ink = Math.max(ink, 255 - (x.data[i + k] as number));
          }
          if (d > 64) differ++;
          if (ink > 64) inked++;
        }
        const n = x.data.length / 4;
        return { differ: differ / n, inked: inked / n, same: x.width === y.width && x.height === y.height };
      },
      [before.toString('base64'), after.toString('base64')],
    );
    await fs.writeFile(path.join(artifacts, '10c-large-chain-after-preview.png'), after);
    await blank.close();
    expect(cmp.same).toBe(true);
    // Measured: 27 % of the map inked, 0.2–0.3 % of its pixels differing (anti-aliasing of dashes and lines).
    expect(cmp.inked, JSON.stringify(cmp)).toBeGreaterThan(0.05);
    expect(cmp.differ, JSON.stringify(cmp)).toBeLessThan(cmp.inked / 10);
    await fresh.close();
  });
});
