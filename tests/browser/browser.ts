import { mkdirSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../server/app.ts';
import { ensureClientBuilt } from '../../server/build.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { repoRoot } from '../../server/paths.ts';
import { clearDb, createToken, resetAndSeed, testDb } from '../helpers.ts';

export const artifacts = path.join(repoRoot, 'tests', 'artifacts');

/** The running app on a free port, and headless Debian Chromium driven by playwright-core. */
export async function startBrowserSession(
  db: Db,
): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
  await ensureClientBuilt();
  mkdirSync(artifacts, { recursive: true });
  const server: http.Server = createApp(db, { production: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Clicks a chain-map node where it is drawn, as a user would. */
export async function clickNode(page: Page, name: string): Promise<void> {
  const pos = await page.evaluate((n) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const node = cy.nodes().filter((x) => x.data('name') === n)[0];
    if (!node) return null;
    const p = node.renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
  }, name);
  if (!pos) throw new Error(`node ${name} is not on the map`);
  await page.mouse.click(pos.x, pos.y);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: false });
}

/** A page whose browser holds an editor token, as an officer who saved one with the header's token button. */
export async function editorPage(
  session: { browser: Browser },
  db: Db,
  name: string,
  viewport = { width: 1440, height: 1000 },
): Promise<Page> {
  const token = await createToken(db, 'editor', name);
  const page = await session.browser.newPage({ viewport, locale: 'zh-CN' });
  await page.addInitScript((t) => sessionStorage.setItem('chain-graph-token', t), token);
  return page;
}

/** Picks a scope in the header's tree: opens it (unless open), types `search` (when given) and chooses the zone. */
export async function pickScope(page: Page, zone: string, search?: string): Promise<void> {
  const button = page.getByTestId('scope-button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  if (search) await page.getByRole('searchbox', { name: '搜索省、市、区县或园区' }).fill(search);
  await page.getByTestId(`scope-${zone}`).click();
}

export type BrowserSession = Awaited<ReturnType<typeof startBrowserSession>>;

/**
 * The usual setup of a browser test, registered as its beforeAll/afterAll: an emptied database (tests that count
 * audit entries or compare months must not see what earlier test files left) with the seed loaded — or, with
 * `graph: 'empty'`, only the schema, as `SEED=none npm start` leaves it — `prepare` for what the test adds, the
 * app, and a page holding an editor token for `editor`. `pageTimeout` lets a page wait longer than Playwright's
 * default on a slow shared machine. The fields are set once beforeAll has run.
 */
export function editorSession(
  editor: string,
  opts: { graph?: 'seed' | 'empty'; prepare?: (db: Db) => Promise<void>; pageTimeout?: number } = {},
) {
  const t = {} as { db: Db; session: BrowserSession; page: Page };
  beforeAll(async () => {
    t.db = testDb();
    await clearDb(t.db);
    if (opts.graph === 'empty') await t.db.applySchema();
    else await resetAndSeed(t.db);
    await opts.prepare?.(t.db);
    t.session = await startBrowserSession(t.db);
    t.page = await editorPage(t.session, t.db, editor);
    if (opts.pageTimeout) t.page.setDefaultTimeout(opts.pageTimeout);
  });
  afterAll(async () => {
    await t.session?.close();
    await t.db?.close();
  });
  return t;
}
