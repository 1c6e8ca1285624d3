import { describe, expect, it } from 'vitest';
import { editorSession, shot } from './browser.ts';

const t = editorSession('李四');

describe('correcting facts in the explorer', () => {
  it('adds an enterprise to a zone, corrects it, and the inspector says who changed it', async () => {
    await t.page.goto(`${t.session.base}/?view=zone&zone=zone-beidu`);
    const table = t.page.getByTestId('enterprise-table');
    await table.locator('tbody tr').first().waitFor();
    await t.page.getByRole('button', { name: '新增企业' }).click();
    const form = t.page.getByTestId('enterprise-form');
    await form.getByLabel('企业名称').fill('北渡新铝业');
    // A product no chain of the district names is kept as 未入链产品, said before saving (it was refused before);
    // the note says too that a link of the same name in another district's chain is linked instead.
    await form.getByLabel('生产环节').fill('铝锭、再生铝、铝制样品');
    const note = await form.getByTestId('stated-products-note').textContent();
    expect(note).toContain('不是本区产业链的环节：铝制样品。');
    expect(note).toContain('其他区县产业链有同名环节的，保存后关联该环节；其余记为未入链产品（不新建环节）');
    await shot(t.page, '10-zone-form-stated-note');
    await form.getByRole('button', { name: '保存' }).click();
    await table.getByText('北渡新铝业').waitFor();
    const row = table.locator('tr', { hasText: '北渡新铝业' });
    await expect(row.textContent()).resolves.toContain('铝锭');
    await expect(row.getByTestId('unchained-products').textContent()).resolves.toContain(
      '未入链产品铝制样品',
    );
    // Correct it: move it to 北渡铝产业园 (still inside 北渡组团's scope); its products stay as they were.
    await row.getByRole('button', { name: '修改' }).click();
    await expect(form.getByLabel('生产环节').inputValue()).resolves.toBe('再生铝、铝锭、铝制样品');
    await form.getByLabel('所在区域').selectOption({ label: '北渡铝产业园' });
    await form.getByRole('button', { name: '保存' }).click();
    await table.locator('tr', { hasText: '北渡铝产业园' }).waitFor();
    await shot(t.page, '11-zone-edit');
    // The chain map now counts it, and the inspector says who changed it last.
    await t.page.goto(
      `${t.session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&zone=zone-beidu&focus=p-铝锭`,
    );
    const inspector = t.page.getByTestId('inspector');
    await expect(inspector.getByTestId('reason').textContent()).resolves.toContain('北渡新铝业');
    await expect(inspector.textContent()).resolves.toContain('最近由 李四');
  });

  it('changes a project status from the inspector and sets zone targets, with an audit entry each', async () => {
    await t.page.goto(`${t.session.base}/?view=chain&chain=chain-scrap-aluminium-recycling&focus=p-再生铝`);
    const inspector = t.page.getByTestId('inspector');
    const select = inspector.getByRole('combobox', { name: /修改状态：旗特新材料/ });
    await select.selectOption('投产');
    await inspector.locator('li', { hasText: '旗特新材料' }).filter({ hasText: '投产' }).first().waitFor();
    await t.page.goto(`${t.session.base}/?view=zone&zone=zone-anwen`);
    await t.page.getByRole('button', { name: '修改目标' }).click();
    await t.page.getByRole('spinbutton', { name: '产值' }).fill('66');
    await t.page.getByRole('spinbutton', { name: '增加值' }).fill('21');
    await t.page.getByRole('button', { name: '保存' }).click();
    await t.page.getByText('产值 66 亿元').waitFor();
    // Audit entries outlive the seed reset, so entries of earlier test files (other actors) may be there too.
    const audit = await t.db.driver.executeQuery(
      'MATCH (a:AuditEntry) WHERE a.action IN $actions AND a.actor = $actor RETURN a.action AS action ORDER BY a.at',
      { actions: ['setProjectStatus', 'setZoneTargets'], actor: '李四' },
    );
    expect(audit.records.map((r) => r.get('action'))).toEqual(['setProjectStatus', 'setZoneTargets']);
  });
});
