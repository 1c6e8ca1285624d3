import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WANGCANG_FILE, XIUSHAN_FILE, XIUSHAN_TITLE } from '../plans.ts';
import { editorSession, shot } from './browser.ts';

// The defects an officer of another district met (multi-district audit, issue #15), seen through the screen on
// a deployment that starts empty: 旺苍县's development-zone introduction (no title line, chains under no industry
// of the plan, a project without a status) and an enterprise table naming a product no chain has.
const t = editorSession('旺苍县经济和信息化局', { graph: 'empty', pageTimeout: 120_000 });
const WANGCANG = 'region-510821';

async function upload(file: string, name: string) {
  await t.page.goto(`${t.session.base}/?view=import`);
  await t.page.getByLabel('选择规划文件').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: readFileSync(file),
  });
  await t.page.getByTestId('import-candidate').first().waitFor();
}

describe('another district through the screen', () => {
  it('proposes the title from the text (else the file name, editable) and groups unclassified chains by district', async () => {
    // 秀山's text opens with its headline: that is the title proposed, not the file name.
    await upload(XIUSHAN_FILE, 'xs-2026.txt');
    await expect(t.page.getByTestId('import-title').inputValue()).resolves.toBe(XIUSHAN_TITLE);
    await expect(t.page.getByTestId('import-title-from').textContent()).resolves.toContain('取自正文');

    // 旺苍's text opens with page furniture and a paragraph: the file name, said to be one, and the user edits it.
    await upload(WANGCANG_FILE, 'wc-2017.txt');
    await expect(t.page.getByTestId('import-title').inputValue()).resolves.toBe('wc-2017');
    await expect(t.page.getByTestId('import-title-from').textContent()).resolves.toContain('文件名');
    await t.page.getByTestId('import-title').fill('四川旺苍经济开发区简介');
    await shot(t.page, 'ux15-1-review-title');
    await t.page.getByTestId('import-commit').click();
    await t.page.getByTestId('import-report').waitFor();
    const doc = await t.db.driver.executeQuery(
      'MATCH (d:Document)-[:FOR_DISTRICT]->(:Zone {id: $id}) RETURN d.title AS title',
      { id: WANGCANG },
    );
    expect(doc.records.map((r) => r.get('title'))).toEqual(['四川旺苍经济开发区简介']);

    // The plan puts its chains under no industry: one group named by the district, not “导入：<file name>”.
    await t.page.goto(t.session.base);
    await t.page.getByRole('heading', { name: '未归类产业链（旺苍县）' }).waitFor();
    await expect(t.page.locator('main').textContent()).resolves.not.toContain('导入：');
    await shot(t.page, 'ux15-2-overview');
  }, 600_000);

  it('the district page: no 专栏 row of dashes, a project without a status reads 状态未载明', async () => {
    await t.page.goto(`${t.session.base}/?view=zone&zone=${WANGCANG}`);
    await t.page.getByRole('heading', { name: /旺苍县/ }).waitFor();
    await t.page.getByText('上级区域').waitFor();
    const main = t.page.locator('main');
    await expect(main.textContent()).resolves.not.toContain('专栏');
    await expect(t.page.getByTestId('zone-key-for').count()).resolves.toBe(0);
    await expect(main.textContent()).resolves.toContain('状态未载明');
    await shot(t.page, 'ux15-3-district-page');
  }, 300_000);

  it('an enterprise table naming a product no chain has: reported, kept as 未入链产品, shown on the zone page', async () => {
    const zone = await t.db.driver.executeQuery(
      `MATCH (z:Zone)-[:PART_OF]->(:Zone {id: $id}) RETURN z.name AS name ORDER BY z.name LIMIT 1`,
      { id: WANGCANG },
    );
    const zoneName = zone.records[0]?.get('name') as string;
    const csv = `企业名称,统一社会信用代码,所在区域,生产环节,所属产业,备注\r\n旺苍某茶业有限公司,,${zoneName},黄茶、茶多酚,,\r\n`;
    await t.page.goto(`${t.session.base}/?view=import`);
    await t.page
      .getByLabel('选择名录文件')
      .setInputFiles({ name: '旺苍企业.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await t.page.getByRole('button', { name: '试导入（不写入）' }).click();
    await t.page.getByTestId('table-unchained').waitFor();
    await expect(t.page.getByTestId('table-unchained').textContent()).resolves.toContain(
      '1 行的生产环节不是任何产业链的环节',
    );
    await shot(t.page, 'ux15-4-table-dry-run');
    await t.page.getByRole('button', { name: '确认导入' }).click();
    await t.page.getByTestId('table-report').getByText('已导入').waitFor();

    await t.page.goto(`${t.session.base}/?view=zone&zone=${WANGCANG}`);
    const cell = t.page.getByTestId('unchained-products').first();
    await cell.waitFor();
    await expect(cell.textContent()).resolves.toBe('未入链产品黄茶、茶多酚');
    await cell.scrollIntoViewIfNeeded();
    await shot(t.page, 'ux15-5-zone-unchained');

    // Search finds the firm by its stated product and says why.
    const hit = await t.page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "黄茶") { kind name detail } }' }),
      });
      return (await res.json()) as { data: { search: { kind: string; name: string; detail: string }[] } };
    });
    expect(hit.data.search).toContainEqual({
      kind: 'ENTERPRISE',
      name: '旺苍某茶业有限公司',
      detail: `未入链产品：黄茶 · ${zoneName}`,
    });
  }, 300_000);
});
