import { describe, expect, it } from 'vitest';
import { editorSession, shot } from './browser.ts';

// Items the plan wants that are no link (facts.wanted) through the screen: the review lists them with their sentence;
// the reviewer places one in the plan's chain as a new last stage, and the commit writes it as that chain's link and
// the district's sought link. The plan is a text WRITTEN FOR THE TEST (its second line says so).
const t = editorSession('陇西县工业和信息化局', { graph: 'empty', pageTimeout: 120_000 });
const PLAN = [
  '陇西县铝产业链补链方案',
  '本文为测试编写：内容虚构，仅用于检验规划提出引进、尚无对应环节的产品的审核与写入。',
  '一、铝产业',
  '陇西县打造氧化铝—电解铝—铝型材产业链。',
  '该县拟在铝塑复合板、铝用阳极炭块等方面引进项目。',
].join('\n');

describe('wanted items on the review screen', () => {
  it('lists them, places one in a chain at a new last stage, and commits it as a link and a sought link', async () => {
    await t.page.goto(`${t.session.base}/?view=import`);
    await t.page.getByLabel('选择规划文件').setInputFiles({
      name: 'longxi-wanted.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(PLAN),
    });
    const section = t.page.getByTestId('import-facts-wanted');
    const rows = section.getByTestId('import-wanted');
    await rows.first().waitFor();
    await expect(section.locator('summary').textContent()).resolves.toBe(
      '规划提出引进、尚无对应环节的产品（0/2）',
    );
    await expect(rows.nth(0).locator('mark').textContent()).resolves.toBe('铝塑复合板');
    const before = await t.page.getByTestId('import-commit').textContent();
    await rows.nth(0).getByRole('button', { name: '加入' }).click();
    await expect(rows.nth(0).getByTestId('import-wanted-placed').count()).resolves.toBe(1);
    await expect(section.locator('summary').textContent()).resolves.toBe(
      '规划提出引进、尚无对应环节的产品（1/2）',
    );
    const line = t.page
      .getByTestId('import-candidate')
      .first()
      .getByLabel('环节（用 — 分隔环节，用 、 分隔并列环节）');
    await expect(line.inputValue()).resolves.toBe('氧化铝—电解铝—铝型材—铝塑复合板');
    const after = await t.page.getByTestId('import-commit').textContent();
    expect(Number(after?.match(/\d+/)?.[0])).toBe(Number(before?.match(/\d+/)?.[0]) + 1);
    await shot(t.page, 'wanted-1-placed');
    await t.page.getByTestId('import-commit').click();
    await expect(t.page.getByTestId('import-report-sought').textContent()).resolves.toBe(
      '规划点名引进的环节：新增 1，合并 0，未采纳 0：铝塑复合板',
    );
  }, 180_000);
});
