/**
 * 扩展招引池匹配: a plan's short link (铝) has no pool candidate; its inspector lists the pool names containing it
 * (tests/fixtures/chainkg-aluminium, made-up firms); an editor makes 铝型材 an alias and its firms appear among the
 * gap's candidates; a viewer on a phone sees the list without the buttons. Screenshots: tests/artifacts/alias-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { TEST_ACTOR } from '../helpers.ts';
import { editorSession, shot } from './browser.ts';

const fixture = new URL('../fixtures/chainkg-aluminium', import.meta.url).pathname;
let chain = '';

async function prepare(db: Db): Promise<void> {
  const text = '推动“煤—电—铝—化—材”产业链建设。';
  const stages = ['煤', '电', '铝', '化', '材'].map((l) => [l]);
  await commitImport(
    db,
    {
      title: '铝产业规划',
      text,
      chains: [{ name: '煤电铝产业链', expression: '煤—电—铝—化—材', stages, quote: text, start: 0 }],
    } as unknown as ImportCommitInput,
    TEST_ACTOR,
  );
  await importPool(db, { dir: fixture, aliases: readAliases(aliasesFile), actor: TEST_ACTOR });
  const found = await db.driver.executeQuery("MATCH (c:Chain {name: '煤电铝产业链'}) RETURN c.id AS id");
  chain = found.records[0]?.get('id') as string;
}

const t = editorSession('招商科', { prepare });

describe('扩展招引池匹配 in the link inspector', () => {
  it('an editor makes a suggested pool name the link’s alias and its firms become the gap’s candidates', async () => {
    await t.page.goto(`${t.session.base}/?view=chain&chain=${encodeURIComponent(chain)}&focus=p-铝`);
    const inspector = t.page.getByTestId('inspector');
    await inspector.getByText('暂无合适的招引对象').first().waitFor();
    const panel = inspector.getByTestId('alias-suggestions');
    const item = panel.getByTestId('alias-suggestion').filter({ hasText: '铝型材' });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('3 家企业');
    await expect(item.textContent()).resolves.toContain('示例：庚铝业、辛铝材、寅材料');
    // Links and aliases already matched are said, not offered.
    await expect(panel.getByTestId('alias-matched').textContent()).resolves.toContain(
      '铝锭（1 家，归入“铝锭”）',
    );
    await shot(t.page, 'alias-01-suggestions');

    await item.getByRole('button', { name: '设为“铝”的别名' }).click();
    await panel.getByRole('status').filter({ hasText: '已将“铝型材”设为“铝”的别名' }).waitFor();
    // The gap's candidates reload with the pool firms the alias brings.
    await inspector.locator('.candidate-list').getByText('庚铝业').waitFor();
    await expect(inspector.locator('.candidate-list').textContent()).resolves.toContain('辛铝材');
    await expect(panel.getByTestId('link-aliases').textContent()).resolves.toContain('招商科');
    await shot(t.page, 'alias-02-added');

    await panel.getByRole('button', { name: '移除别名“铝型材”' }).click();
    await panel.getByRole('status').filter({ hasText: '已移除别名“铝型材”' }).waitFor();
    await inspector.getByText('暂无合适的招引对象').first().waitFor();
    await expect(inspector.locator('.candidate-list').textContent()).resolves.not.toContain('庚铝业');
  });

  it('a viewer on a phone sees the suggestions without the buttons, and a note that an editor token is needed', async () => {
    const context = await t.session.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${t.session.base}/?view=chain&chain=${encodeURIComponent(chain)}&focus=p-铝`);
      const panel = page.getByTestId('alias-suggestions');
      await panel.getByTestId('alias-suggestion').filter({ hasText: '铝型材' }).waitFor();
      await expect(panel.getByRole('button', { name: /设为/ }).count()).resolves.toBe(0);
      await panel.getByTestId('alias-needs-editor').waitFor();
      await panel.getByTestId('alias-suggestion').first().scrollIntoViewIfNeeded();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, 'alias-03-phone-viewer');
    } finally {
      await context.close();
    }
  });
});
