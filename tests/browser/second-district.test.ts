import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XIUSHAN_FILE, XIUSHAN_TITLE } from '../plans.ts';
import { editorSession, shot } from './browser.ts';

// A second real district with chains, onboarded through the screen from an empty graph (`SEED=none npm start`):
// the public text of 秀山土家族苗族自治县's industries to 2026 (tests/fixtures/plans/xiushan-industry-2026.txt).
const t = editorSession('秀山县经济信息委', { graph: 'empty', pageTimeout: 120_000 });
const XIUSHAN = 'region-500241';

describe('onboarding 秀山 through the screen', () => {
  it('imports the plan with its district and chains, then shows overview, chain map, upstream gaps and the district page under 秀山', async () => {
    await t.page.goto(t.session.base);
    await t.page.getByTestId('onboarding').waitFor();
    await t.page.getByTestId('onboarding-start').click();
    await t.page.getByLabel('选择规划文件').setInputFiles({
      name: `${XIUSHAN_TITLE}.txt`,
      mimeType: 'text/plain',
      buffer: readFileSync(XIUSHAN_FILE),
    });
    await t.page.getByTestId('import-candidate').first().waitFor();
    await expect(t.page.getByTestId('import-district').inputValue()).resolves.toBe('秀山土家族苗族自治县');
    // The plan's three quoted chains (“…”产业链), the food chain's product names not read as process steps.
    await expect(t.page.getByTestId('import-candidate').count()).resolves.toBe(3);
    await shot(t.page, 'second-district-1-review');
    await t.page.getByTestId('import-commit').click();
    await t.page.getByTestId('import-report').waitFor();
    await shot(t.page, 'second-district-2-report');

    // The overview under the district's own name: its industries with their chains.
    await t.page.goto(t.session.base);
    await t.page.getByRole('heading', { name: '医药' }).waitFor();
    await expect(t.page.locator('header').textContent()).resolves.toContain('秀山土家族苗族自治县');
    await expect(t.page.getByRole('heading', { name: '新材料' }).count()).resolves.toBe(1);
    // The 2026 target where the text gives one; no invented year where it gives none.
    const cards = t.page.locator('.industry-card');
    await expect(cards.filter({ hasText: '新材料' }).textContent()).resolves.toContain(
      '2026 年目标：产值 200 亿元',
    );
    await expect(cards.filter({ hasText: '医药' }).textContent()).resolves.toContain('目标：规划未载明产值');
    // Only the figures the plan states: no “增加值 — 亿元” beside the 产值.
    await expect(cards.filter({ hasText: '新材料' }).textContent()).resolves.not.toContain('增加值');
    await shot(t.page, 'second-district-3-overview');

    const chain = await t.db.driver.executeQuery(
      `MATCH (:Industry {name: '医药'})-[:HAS_CHAIN]->(c:Chain)-[h:HAS_LINK]->(p:Product)
       RETURN c.id AS id, p.id AS last ORDER BY h.stage DESC LIMIT 1`,
    );
    const chainId = chain.records[0]?.get('id') as string;
    expect(chainId).toMatch(/^chain-500241-/);
    await t.page.goto(`${t.session.base}/?view=chain&chain=${chainId}`);
    await t.page.waitForFunction(
      () => (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy?.nodes().length === 5,
    );
    // The header's lists are asked for once the map is drawn (client/src/api/sideQueries.ts).
    await t.page.locator('header').getByText('秀山土家族苗族自治县').first().waitFor();
    // The chain t.page names its plan's target year, and says so where the plan gives no figure.
    await expect(t.page.getByTestId('industry-target').textContent()).resolves.toBe('目标：规划未载明产值');
    await shot(t.page, 'second-district-4-chain-map');
    const material = await t.db.driver.executeQuery(
      `MATCH (:Industry {name: '新材料'})-[:HAS_CHAIN]->(c:Chain) RETURN c.id AS id ORDER BY c.id LIMIT 1`,
    );
    await t.page.goto(`${t.session.base}/?view=chain&chain=${material.records[0]?.get('id') as string}`);
    await expect(t.page.getByTestId('industry-target').textContent()).resolves.toBe(
      '2026 年目标：产值 200 亿元',
    );
    await t.page.goto(`${t.session.base}/?view=chain&chain=${chainId}`);

    // Upstream of the end product: every link is a gap (the text names no firm), nearest first.
    const focus = encodeURIComponent(chain.records[0]?.get('last') as string);
    await t.page.goto(`${t.session.base}/?view=upstream&chain=${chainId}&focus=${focus}`);
    await t.page.getByTestId('gap').first().waitFor();
    await expect(t.page.getByTestId('gap').count()).resolves.toBeGreaterThanOrEqual(4);
    await shot(t.page, 'second-district-5-upstream-gaps');

    // The district's own page: the text names no zone below the county, so its page is the zone page there is.
    await t.page.goto(`${t.session.base}/?view=zone&zone=${XIUSHAN}`);
    await t.page.getByRole('heading', { name: /秀山土家族苗族自治县/ }).waitFor();
    await t.page.getByText('上级区域').waitFor();
    await expect(t.page.locator('main').textContent()).resolves.toContain('重庆市');
    // Its plans are listed, and it is dated by its own plan, not by the Qijiang gazette (2023-02-01).
    await expect(t.page.getByTestId('zone-plans').textContent()).resolves.toContain(XIUSHAN_TITLE);
    await expect(t.page.locator('main').textContent()).resolves.not.toContain('2023-02-01');
    // Its enterprise filters offer its own plan's industries, not the Qijiang plan's (化工, 节能环保).
    const options = t.page.getByLabel('按产业筛选').locator('option');
    await options.nth(1).waitFor({ state: 'attached' });
    const industries = await options.allTextContents();
    expect(industries.length).toBeGreaterThan(1);
    expect(industries).not.toContain('化工');
    expect(industries).not.toContain('节能环保');
    await shot(t.page, 'second-district-6-district-page');
  }, 600_000);
});
