import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { clearDb, resetAndSeed, testDb } from '../helpers.ts';
import { editorPage, shot, startBrowserSession } from './browser.ts';

let db: Db;
let session: Awaited<ReturnType<typeof startBrowserSession>>;
let page: Page;

beforeAll(async () => {
  db = testDb();
  // From an empty database: the audit assertions below count entries, and the seed's reset keeps the audit trail
  // that earlier test files (integration/editing.test.ts) leave.
  await clearDb(db);
  await resetAndSeed(db);
  session = await startBrowserSession(db);
  page = await editorPage(session, db, '李四');
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe('correcting facts in the explorer', () => {
  it('adds an enterprise to a zone, corrects it, and the inspector says who changed it', async () => {
    await page.goto(`${session.base}/?view=zone&zone=zone-beidu`);
    const table = page.getByTestId('enterprise-table');
    await table.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: '新增企业' }).click();
    const form = page.getByTestId('enterprise-form');
    await form.getByLabel('企业名称').fill('北渡新铝业');
    await form.getByLabel('生产环节').fill('铝锭、再生铝');
    await form.getByRole('button', { name: '保存' }).click();
    await table.getByText('北渡新铝业').waitFor();
    await expect(table.locator('tr', { hasText: '北渡新铝业' }).textContent()).resolves.toContain('铝锭');
    // Correct it: move it to 北渡铝产业园 (still inside 北渡组团's scope).
    await table.locator('tr', { hasText: '北渡新铝业' }).getByRole('button', { name: '修改' }).click();
    await form.getByLabel('所在区域').selectOption({ label: '北渡铝产业园' });
    await form.getByRole('button', { name: '保存' }).click();
    await table.locator('tr', { hasText: '北渡铝产业园' }).waitFor();
    await shot(page, '11-zone-edit');
    // The chain map now counts it, and the inspector says who changed it last.
    await page.goto(
      `${session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&zone=zone-beidu&focus=p-铝锭`,
    );
    const inspector = page.getByTestId('inspector');
    await expect(inspector.getByTestId('reason').textContent()).resolves.toContain('北渡新铝业');
    await expect(inspector.textContent()).resolves.toContain('最近由 李四');
  });

  it('changes a project status from the inspector and sets zone targets, with an audit entry each', async () => {
    await page.goto(`${session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&focus=p-再生铝`);
    const inspector = page.getByTestId('inspector');
    const select = inspector.getByRole('combobox', { name: /修改状态：旗特新材料/ });
    await select.selectOption('投产');
    await inspector.locator('li', { hasText: '旗特新材料' }).filter({ hasText: '投产' }).first().waitFor();
    await page.goto(`${session.base}/?view=zone&zone=zone-anwen`);
    await page.getByRole('button', { name: '修改目标' }).click();
    await page.getByRole('spinbutton', { name: '产值' }).fill('66');
    await page.getByRole('spinbutton', { name: '增加值' }).fill('21');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('产值 66 亿元').waitFor();
    // Audit entries outlive the seed reset, so entries of earlier test files (other actors) may be there too.
    const audit = await db.driver.executeQuery(
      'MATCH (a:AuditEntry) WHERE a.action IN $actions AND a.actor = $actor RETURN a.action AS action ORDER BY a.at',
      { actions: ['setProjectStatus', 'setZoneTargets'], actor: '李四' },
    );
    expect(audit.records.map((r) => r.get('action'))).toEqual(['setProjectStatus', 'setZoneTargets']);
  });
});
