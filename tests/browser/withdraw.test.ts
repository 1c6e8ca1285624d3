import { describe, expect, it } from 'vitest';
import { migrateProvenance } from '../../seed/migrateProvenance.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { TEST_ACTOR } from '../helpers.ts';
import { makeLegacy } from '../withdrawLegacy.ts';
import { PLAN_A_TITLE, planA } from '../withdrawPlans.ts';
import { editorSession, shot } from './browser.ts';

// 撤回导入 on the district page (docs/IMPORTS.md): an editor previews what withdrawing an imported plan removes
// and keeps, confirms, and the plan is gone; the seed plan offers no button, and a viewer sees none at all.
const t = editorSession('规划科', {
  pageTimeout: 120_000,
  prepare: async (db) => {
    await commitImport(db, planA(), { name: TEST_ACTOR.name, role: 'editor' } as never);
  },
});

describe('withdrawing an imported plan from the district page', () => {
  it('previews, confirms and withdraws; viewers and the seed plan get no button', async () => {
    const url = `${t.session.base}/?view=zone&zone=region-500110`;
    const viewer = await t.session.browser.newPage({
      viewport: { width: 1440, height: 1000 },
      locale: 'zh-CN',
    });
    viewer.setDefaultTimeout(120_000);
    await viewer.goto(url);
    await viewer.getByTestId('zone-plans').getByText(PLAN_A_TITLE, { exact: false }).waitFor();
    await shot(viewer, 'withdraw-0-viewer');
    await expect(viewer.getByRole('button', { name: '撤回导入' }).count()).resolves.toBe(0);
    await viewer.close();

    await t.page.goto(url);
    const plans = t.page.getByTestId('zone-plans');
    await plans.getByRole('button', { name: '撤回导入' }).waitFor();
    // One button: the imported plan's, not the seed plan's.
    await expect(plans.getByRole('button', { name: '撤回导入' }).count()).resolves.toBe(1);
    await plans.getByRole('button', { name: '撤回导入' }).click();
    const dialog = t.page.getByRole('dialog');
    await dialog.getByTestId('withdraw-removed').waitFor();
    await expect(dialog.getByTestId('withdraw-removed').textContent()).resolves.toContain('綦江铝材产业园');
    await expect(dialog.getByTestId('withdraw-kept').textContent()).resolves.toContain(
      '北渡组团」：另一规划亦载明',
    );
    // The preview wrote nothing.
    const docs = `MATCH (d:Document) WHERE d.id STARTS WITH 'doc-import-' RETURN count(d) AS n`;
    await expect(t.db.driver.executeQuery(docs).then((r) => r.records[0]?.get('n'))).resolves.toEqual(1);
    await shot(t.page, 'withdraw-1-preview');

    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await dialog.getByRole('status').waitFor();
    await expect(dialog.getByRole('status').textContent()).resolves.toContain('已撤回');
    await shot(t.page, 'withdraw-2-done');
    await expect(t.db.driver.executeQuery(docs).then((r) => r.records[0]?.get('n'))).resolves.toEqual(0);
    await dialog.getByRole('button', { name: '关闭' }).click();
    // The page reads its plans again: the seed's plan only.
    await t.page
      .getByTestId('zone-plans')
      .getByText(PLAN_A_TITLE, { exact: false })
      .waitFor({ state: 'detached' });
    await expect(
      t.page.getByTestId('zone-plans').getByRole('button', { name: '撤回导入' }).count(),
    ).resolves.toBe(0);
  }, 300_000);

  it('a plan committed before provenance was kept: the warning lists what cannot be undone, before 确认撤回', async () => {
    const a = await commitImport(t.db, planA(), { name: TEST_ACTOR.name, role: 'editor' } as never);
    await makeLegacy(t.db, a.documentId);
    await migrateProvenance(t.db, { actor: TEST_ACTOR });
    await t.page.goto(`${t.session.base}/?view=zone&zone=region-500110`);
    await t.page.getByTestId('zone-plans').getByRole('button', { name: '撤回导入' }).click();
    const dialog = t.page.getByRole('dialog');
    const warning = dialog.getByTestId('withdraw-unsure');
    await warning.waitFor();
    const text = await warning.textContent();
    expect(text).toContain('以下内容在旧版本导入时未记录来源');
    expect(text).toContain('将保留「北渡组团」（2025 年产值、2025 年增加值、目标年份）：未记录导入前的数值');
    expect(text).toContain('将保留「北渡组团 → 綦江区」：未记录由哪个规划挂接到本地区');
    await shot(t.page, 'withdraw-4-legacy');
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await dialog.getByRole('status').waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
  }, 300_000);

  it('says a zone no longer in the graph is gone and offers the zone list, not a raw NOT_FOUND', async () => {
    // What an officer sees on the page of a region whose plan they just withdrew (the region went with it).
    await t.page.goto(`${t.session.base}/?view=zone&zone=region-510500`);
    const gone = t.page.getByTestId('zone-gone');
    await expect(gone.textContent()).resolves.toContain('该区域已不在图谱中');
    await expect(gone.textContent()).resolves.not.toContain('not found');
    await shot(t.page, 'withdraw-3-zone-gone');
    await gone.getByRole('button', { name: '查看全部区域' }).click();
    await t.page.getByTestId('zone-list').waitFor();
    expect(new URL(t.page.url()).searchParams.has('zone')).toBe(false);
  }, 120_000);
});
