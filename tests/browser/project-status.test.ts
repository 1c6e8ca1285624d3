import { describe, expect, it } from 'vitest';
import { editorSession, shot } from './browser.ts';

// A project's status read from the plan, shown and changed in the review screen, then committed (#15). A made-up
// plan: one project the text says is being built, one the plan only pushes.
const t = editorSession('綦江区经信委', { graph: 'empty', pageTimeout: 120_000 });

const PLAN = [
  '重庆市綦江区工业发展规划',
  '形成甲料—乙件—丙机产业链。',
  '甲乙公司年产5万吨乙件项目正在加紧建设。',
  '推动丙丁公司年产3万吨丙机项目建成投产。',
].join('\n');

describe('a project status in the plan review', () => {
  it('shows the status the text states with its words, lets the reviewer set another, and commits both', async () => {
    await t.page.goto(t.session.base);
    await t.page.getByTestId('onboarding-start').click();
    await t.page.getByLabel('选择规划文件').setInputFiles({
      name: '重庆市綦江区工业发展规划.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(PLAN, 'utf8'),
    });
    await t.page.getByTestId('import-facts').waitFor();
    await t.page.getByTestId('import-district').fill('綦江区');
    const section = t.page.getByTestId('import-facts-projects');
    await section.locator('summary').click();
    const rows = section.getByTestId('import-fact');
    const row = (value: number) => rows.filter({ has: t.page.locator(`input[value^="${value} "]`) });
    const building = row(5);
    const pushed = row(3);
    await expect(building.getByTestId('import-fact-status').inputValue()).resolves.toBe('在建');
    await expect(building.getByTestId('import-fact-status-words').textContent()).resolves.toBe(
      '原文依据：“正在加紧建设”',
    );
    // 推动…建成投产 is the plan's aim: no status read, 状态未载明 offered.
    await expect(pushed.getByTestId('import-fact-status').inputValue()).resolves.toBe('');
    await expect(
      pushed.getByTestId('import-fact-status').locator('option:checked').textContent(),
    ).resolves.toBe('状态未载明');
    await pushed.getByTestId('import-fact-status').selectOption('签约');
    await section.scrollIntoViewIfNeeded();
    await shot(t.page, 'project-status-review');
    await t.page.getByTestId('import-commit').click();
    await t.page.getByTestId('import-report').waitFor();
    const rowsOut = await t.db.driver.executeQuery(
      'MATCH (p:Project) RETURN p.capacityValues[0] AS value, p.status AS status ORDER BY value',
    );
    expect(rowsOut.records.map((r) => [r.get('value'), r.get('status')])).toEqual([
      [3, '签约'],
      [5, '在建'],
    ]);
  }, 300_000);
});
