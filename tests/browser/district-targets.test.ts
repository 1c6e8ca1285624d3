import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/paths.ts';
import { editorSession, shot } from './browser.ts';

// A district's own targets through the screen: the review lists them with their sentence, the reviewer corrects
// one, and the district page shows them. The plan is a text WRITTEN FOR THE TEST (figures made up).
const t = editorSession('铜鼓县工业和信息化局', { graph: 'empty', pageTimeout: 120_000 });
const FILE = path.join(repoRoot, 'tests/fixtures/plans/tonggu-targets-written-for-test.txt');

describe('the district’s own targets on the screen', () => {
  it('reviews them with their sentence, commits the corrected figures and shows them on the district page', async () => {
    await t.page.goto(`${t.session.base}/?view=import`);
    await t.page.getByLabel('选择规划文件').setInputFiles({
      name: 'tonggu.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(FILE),
    });
    const rows = t.page.getByTestId('import-facts-districtTargets').getByTestId('import-fact');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.first().textContent()).resolves.toContain('全县工业总产值达到85亿元');
    const detail = rows.first().getByLabel('目标（产值 N 亿元，增加值 N 亿元）');
    await expect(detail.inputValue()).resolves.toBe('产值 85 亿元，增加值 24 亿元');
    await detail.fill('产值 86 亿元，增加值 24 亿元');
    await shot(t.page, 'district-targets-1-review');
    await t.page.getByTestId('import-commit').click();
    await expect(t.page.getByTestId('import-report-districtTargets').textContent()).resolves.toContain(
      '区县目标：新增 2',
    );
    await t.page.goto(`${t.session.base}/?view=zone&zone=region-360926`);
    const head = t.page.locator('.zone-head');
    await head.getByText('2025 年目标').waitFor();
    await expect(head.textContent()).resolves.toContain('产值 86 亿元 · 增加值 24 亿元');
    await expect(t.page.getByTestId('zone-target-quote').textContent()).resolves.toContain(
      '全县工业总产值达到85亿元，工业增加值达到24亿元',
    );
    await shot(t.page, 'district-targets-2-district-page');
  }, 180_000);
});
