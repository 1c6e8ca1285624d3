import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/paths.ts';
import { editorSession, shot } from './browser.ts';

// 奉节县's page on its 2025 industrial tasks names its glasses industry in prose only (打造西部地区眼镜制造中心…):
// the extractor finds no 甲—乙—丙 chain, so without a hand-added chain the county has none to see gaps in.
const FENGJIE_FILE = path.join(repoRoot, 'tests/fixtures/plans/fengjie-eco-industry-2025.txt');
const t = editorSession('奉节县经济和信息化委员会', { graph: 'empty', pageTimeout: 120_000 });

describe('a chain the plan states in prose, added in the review', () => {
  it('is written from the sentence the reviewer picks, commits under the industry and says it was entered', async () => {
    const { page } = t;
    await page.goto(`${t.session.base}/?view=import`);
    await page.getByLabel('选择规划文件').setInputFiles({
      name: 'fengjie.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(FENGJIE_FILE),
    });
    await page.getByTestId('import-no-chains').waitFor();
    const commit = page.getByTestId('import-commit');
    const factsOnly = Number(/提交 (\d+) 条/.exec((await commit.textContent()) ?? '')?.[1]);

    await page.getByTestId('import-manual-add').click();
    const card = page.getByTestId('import-manual-chain');
    // An unfinished chain blocks the commit and says what it lacks.
    await expect(card.getByTestId('import-manual-problems').textContent()).resolves.toBe(
      '尚缺：至少两个环节、选择原文依据。补齐或删除后才能提交。',
    );
    await expect(commit.isDisabled()).resolves.toBe(true);

    // Links the plan never names: no sentence to choose, so no chain.
    await card.getByLabel('环节（用 — 分隔环节，用 、 分隔并列环节）').fill('树脂单体—光学镜片');
    await card.getByTestId('import-manual-none').waitFor();

    await card.getByLabel('环节（用 — 分隔环节，用 、 分隔并列环节）').fill('眼镜制造—眼镜交易—直营店');
    const sentences = card.getByRole('radio');
    // The sentence naming all three links comes first (manufacturing, the trading market, the stores it opens).
    const first = card.locator('label.sentence').first();
    await expect(first.textContent()).resolves.toContain('（提到 3 个环节）');
    await expect(first.textContent()).resolves.toContain('打造西部地区眼镜制造中心');
    await sentences.first().check();
    // Picking the sentence proposes the review's industry its links name (眼镜制造 → 眼镜); the reviewer may change it.
    await expect(card.getByRole('combobox').inputValue()).resolves.toBe('眼镜');
    await expect(card.getByTestId('import-manual-problems').count()).resolves.toBe(0);
    await expect(commit.textContent()).resolves.toBe(`提交 ${factsOnly + 1} 条`);
    await shot(page, 'manual-1-review');

    await commit.click();
    await page.getByTestId('import-report').waitFor();
    await expect(page.getByTestId('import-report').textContent()).resolves.toContain('新增产业链 1 条');
    const chain = await t.db.driver.executeQuery(
      `MATCH (i:Industry)-[:HAS_CHAIN]->(c:Chain {entered: true}) RETURN c.id AS id, i.name AS industry,
              [(c)-[:HAS_LINK]->(p) | p.name] AS links`,
    );
    expect(chain.records.map((r) => [r.get('industry'), [...(r.get('links') as string[])].sort()])).toEqual([
      ['眼镜', ['直营店', '眼镜交易', '眼镜制造']],
    ]);

    await page.getByRole('button', { name: '查看导入的产业链' }).click();
    await page.getByTestId('chain-entered').waitFor();
    await expect(page.locator('.expression').getAttribute('title')).resolves.toContain(
      '审核人依据原文句子录入',
    );
    await expect(page.locator('main').textContent()).resolves.toContain('打造西部地区眼镜制造中心');
    await shot(page, 'manual-2-chain');

    // The chain leader's briefing says it too: the line is the reviewer's reading of the cited sentence.
    await page.getByRole('button', { name: '链长简报' }).click();
    const sheet = page.getByTestId('briefing');
    await sheet.waitFor();
    await expect(sheet.textContent()).resolves.toContain('眼镜制造—眼镜交易—直营店（依据原文录入）');
    await shot(page, 'manual-3-briefing');
  }, 600_000);
});
