import { describe, expect, it } from 'vitest';
import { editorSession, shot } from './browser.ts';

// 泸州's chain-chief notice names its ten chains as a list (the sentence from the 泸州日报 report,
// https://news.lzep.cn/content/2025-02/08/content_880029.html); one of them, 白酒, is also written with dashes.
// Written for the test around that sentence: not a published plan.
const PLAN = [
  '泸州市重点工业产业生态链工作方案（测试用文本）',
  '调整后的10条产业链是:白酒、能源、化工新材料、医药健康、核医疗、装备制造(含军民融合、机器人)、绿色建材(含循环产业)、食品和农产品加工(含竹产业及造纸)、电子信息、数字经济。',
  '白酒产业链：做强“酿酒专用粮—基酒酿造—白酒灌装—白酒包装”产业链，推动酒类包装材料就近配套。',
  '能源产业链：推动页岩气开发利用，发展天然气发电。',
].join('\n');
const LINKS = '环节（用 — 分隔环节，用 、 分隔并列环节）';
const t = editorSession('泸州市经济和信息化局', { graph: 'empty', pageTimeout: 120_000 });

describe('chains the plan names in a list, offered as drafts in the review', () => {
  it('shows the list, marks the chain it has, and drafts another with its sentence as source', async () => {
    const { page } = t;
    await page.goto(`${t.session.base}/?view=import`);
    await page.getByLabel('选择规划文件').setInputFiles({
      name: 'luzhou.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(PLAN, 'utf8'),
    });
    const card = page.getByTestId('import-named-chains');
    await card.waitFor();
    await expect(card.locator('summary').textContent()).resolves.toBe('规划点名的产业链（10）');
    const name = (n: string) => card.getByTestId('import-named-chain').filter({ hasText: n });
    // 白酒 is the extracted chain 酿酒专用粮—…—白酒包装: 已有, nothing to add.
    await expect(name('白酒').textContent()).resolves.toContain('已有');
    await expect(name('白酒').getByRole('button').count()).resolves.toBe(0);

    await name('能源').getByRole('button', { name: '添加为产业链' }).click();
    await expect(name('能源').textContent()).resolves.toContain('已添加');
    const draft = page.getByTestId('import-manual-chain');
    await expect(draft.getByLabel('产业链名称').inputValue()).resolves.toBe('能源');
    // The list's sentence is the chosen source; the links are the reviewer's to enter, and the commit waits for them.
    const chosen = draft.getByRole('radio', { checked: true });
    await expect(chosen.count()).resolves.toBe(1);
    await expect(draft.locator('label.sentence').first().textContent()).resolves.toContain(
      '调整后的10条产业链是',
    );
    await expect(draft.getByTestId('import-manual-problems').textContent()).resolves.toContain(
      '至少两个环节',
    );
    await expect(page.getByTestId('import-commit').isDisabled()).resolves.toBe(true);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'named-chains-1-card');

    await draft.getByLabel(LINKS).fill('页岩气—天然气发电');
    await expect(draft.getByTestId('import-manual-problems').count()).resolves.toBe(0);
    // Still the list's sentence, though the energy sentence names the links too.
    await expect(draft.locator('label.sentence').first().textContent()).resolves.toContain(
      '调整后的10条产业链是',
    );
    await expect(draft.getByRole('radio').first().isChecked()).resolves.toBe(true);
    // A city's own plan: committed under the city (the text names no county).
    await page.getByTestId('import-district').fill('泸州市');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-report').waitFor();
    const chain = await t.db.driver.executeQuery(
      `MATCH (c:Chain {entered: true}) RETURN c.name AS name, [(c)-[:HAS_LINK]->(p) | p.name] AS links`,
    );
    expect(chain.records.map((r) => [r.get('name'), [...(r.get('links') as string[])].sort()])).toEqual([
      ['能源', ['天然气发电', '页岩气']],
    ]);
    await shot(page, 'named-chains-2-committed');
  }, 600_000);
});
