import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/paths.ts';
import { editorSession, shot } from './browser.ts';

// Links the plan says it will bring in (规划点名引进的环节) through the screen: the review lists each with its sentence,
// the link marked; unticking the chain says the links cannot be written; one link unticked is counted as skipped.
// The plan is a text WRITTEN FOR THE TEST (tests/fixtures/plans/longxi-sought-written-for-test.txt).
const t = editorSession('陇西县工业和信息化局', { graph: 'empty', pageTimeout: 120_000 });
const FILE = path.join(repoRoot, 'tests/fixtures/plans/longxi-sought-written-for-test.txt');

describe('sought links on the review screen', () => {
  it('lists them with their sentence, warns when their chain is unticked, and commits the ticked ones', async () => {
    await t.page.goto(`${t.session.base}/?view=import`);
    await t.page.getByLabel('选择规划文件').setInputFiles({
      name: 'longxi.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(FILE),
    });
    const section = t.page.getByTestId('import-facts-sought');
    const rows = section.getByTestId('import-fact');
    await rows.first().waitFor();
    await expect(section.locator('summary').textContent()).resolves.toBe('规划点名引进的环节（3/3）');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(0).locator('mark').textContent()).resolves.toBe('铝型材');
    await expect(rows.nth(0).textContent()).resolves.toContain('拟在铝型材、铝合金门窗等方面引进项目');
    await expect(rows.nth(2).locator('mark').textContent()).resolves.toBe('电解铝');
    // Unticking the chain: every sought link says it will not be written.
    const chain = t.page.getByTestId('import-candidate').first().getByRole('checkbox');
    await chain.uncheck();
    await expect(section.getByTestId('import-fact-sought-dropped').count()).resolves.toBe(3);
    // Nothing left to commit: the button counts only what will be written.
    await expect(t.page.getByTestId('import-commit').textContent()).resolves.toBe('提交 0 条');
    await shot(t.page, 'sought-1-chain-unticked');
    await chain.check();
    await expect(section.getByTestId('import-fact-sought-dropped').count()).resolves.toBe(0);
    // One link unticked by the reviewer.
    await rows.nth(1).getByRole('checkbox').uncheck();
    await expect(section.locator('summary').textContent()).resolves.toBe('规划点名引进的环节（2/3）');
    await shot(t.page, 'sought-2-review');
    await t.page.getByTestId('import-commit').click();
    await expect(t.page.getByTestId('import-report-sought').textContent()).resolves.toBe(
      '规划点名引进的环节：新增 2，合并 0，未采纳 1：铝型材、电解铝',
    );
  }, 180_000);
});
