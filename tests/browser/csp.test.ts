import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { resetAndSeed, testDb } from '../helpers.ts';
import { startBrowserSession } from './browser.ts';

// Issue #19: the built explorer runs under the server's Content-Security-Policy without a single violation, and
// the plan-import screen asks for a token before an upload.
let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  session = await startBrowserSession(db);
  page = await session.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

const drawn = (p: Page) =>
  p.waitForFunction(
    () => (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy?.nodes().length,
  );

describe('the explorer under its Content-Security-Policy', () => {
  it('draws the overview, a chain map, the inspector, a zone, the briefing page and the import screen', async () => {
    const res = await page.goto(session.base);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: '新材料' }).waitFor();
    await page.goto(`${session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&zone=zone-beidu`);
    await drawn(page);
    await page.goto(`${session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&focus=p-再生铝`);
    await drawn(page);
    await page.goto(`${session.base}/?view=zone&zone=zone-beidu`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${session.base}/?view=briefing&chain=chain-scrap-aluminium-recycling`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${session.base}/?view=import`);
    await page.getByTestId('import-token-needed').waitFor();
    expect(violations).toEqual([]);
  }, 180_000);

  it('asks for a token on the import screen, says why, and hides the prompt once one is saved', async () => {
    const prompt = page.getByTestId('import-token-needed');
    await expect(prompt.textContent()).resolves.toContain('上传文件需要令牌');
    await prompt.getByRole('button', { name: '输入令牌' }).click();
    await prompt.getByLabel('编辑令牌').fill('abc123');
    await prompt.getByRole('button', { name: '保存' }).click();
    await prompt.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => sessionStorage.getItem('chain-graph-token'))).resolves.toBe('abc123');
    await expect(page.evaluate(() => localStorage.getItem('chain-graph-token'))).resolves.toBeNull();
    // An unknown token is refused by the server: the prompt comes back saying so
    await page
      .getByLabel('选择规划文件')
      .setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('推动“甲—乙—丙”产业链') });
    await prompt.waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('令牌无效、已过期或已被撤销');
    expect(violations).toEqual([]);
  });
});
