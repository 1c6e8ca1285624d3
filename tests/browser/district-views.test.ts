import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeSeed } from '../../seed/write.ts';
import { buildEnterprise, buildGraph, buildZone } from '../builders.ts';
import { TEST_ACTOR } from '../helpers.ts';
import { importQijiang15th, QIJIANG_14TH } from '../plansFixture.ts';
import { editorSession, pickScope, shot } from './browser.ts';

// Issue #20 with several districts in the graph: the lead form offers the district in view and searches the rest,
// a 十四五 plan of 綦江区 left in the URL does not filter 南川区's overview, and 规划对比 opened from 重庆市 lets the
// reader pick the district. 綦江区 holds two plans (the seed's 十四五, the 十五五 written for the test), 南川区 one.
// Screenshots: tests/artifacts/district-views-*.png.
const t = editorSession('王招商', {
  pageTimeout: 60_000,
  prepare: async (db) => {
    await importQijiang15th(db);
    await writeSeed(
      db,
      buildGraph({
        key: 'nanchuan',
        district: '重庆市南川区',
        stages: [['废铝'], ['再生铝']],
        zones: [buildZone({ id: 'zone-nc-park', name: '南川工业园', kind: '园区' })],
        enterprises: [
          buildEnterprise({ id: 'ent-nc', name: '南川企业', zone: 'zone-nc-park', produces: ['再生铝'] }),
        ],
      }),
      { actor: TEST_ACTOR },
    );
  },
});

/** The named operations a page sends from now on. */
function operations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/graphql'))
      names.push((JSON.parse(req.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
  });
  return names;
}

describe('district views with several districts', () => {
  it('the lead form offers 綦江区 and all its zones, finds 南川工业园 by name, and saves the lead there', async () => {
    const page = t.page;
    const sent = operations(page);
    await page.goto(
      `${t.session.base}/?view=upstream&focus=p-压铸件&chain=chain-scrap-aluminium-recycling&zone=zone-beidu`,
    );
    const gap = page
      .getByTestId('gap')
      .filter({ has: page.getByRole('button', { name: '铝锭', exact: true }) });
    await gap.waitFor();
    await gap.getByRole('button', { name: '为此缺口建立线索（自填企业）' }).click();
    const form = gap.getByTestId('lead-form');
    const zone = form.getByTestId('lead-zone');
    await zone.locator('option', { hasText: '北渡铝产业园' }).waitFor({ state: 'attached' });
    // The scope's zone chosen; 綦江区 and each of its zones offered, nested; no zone of 南川区, no province.
    expect(await zone.inputValue()).toBe('zone-beidu');
    const options = (await zone.locator('option').allTextContents()).map((o) => o.trim());
    expect(options[1]).toBe('綦江区');
    expect(options).toEqual(expect.arrayContaining(['北渡组团', '北渡铝产业园', '安稳组团', '扶欢组团']));
    expect(options.length).toBeGreaterThan(18);
    expect(options).not.toContain('南川工业园');
    expect(options).not.toContain('重庆市');
    // The offered zones, shown open for the screenshot (a closed select draws one line).
    await zone.evaluate((el) => {
      (el as HTMLSelectElement).size = 14;
    });
    await zone.scrollIntoViewIfNeeded();
    await shot(page, 'district-views-0-lead-zones-offered');
    await zone.evaluate((el) => {
      (el as HTMLSelectElement).size = 0;
    });
    expect(sent).toContain('LeadZones');
    expect(sent).not.toContain('Zones');

    // Elsewhere: found by name, shown where it sits, then chosen.
    await form.getByTestId('lead-zone-search').fill('南川');
    const match = form.getByTestId('lead-zone-match-zone-nc-park');
    await match.waitFor();
    await expect(form.getByTestId('lead-zone-matches').textContent()).resolves.toContain('重庆市 › 南川区');
    await form.getByLabel('企业').fill('南川新铝业');
    await form.getByLabel('负责人').fill('王招商');
    await shot(page, 'district-views-1-lead-zone-search');
    await match.click();
    expect(await zone.inputValue()).toBe('zone-nc-park');
    await shot(page, 'district-views-2-lead-zone-chosen');
    await form.getByRole('button', { name: '保存' }).click();
    await gap.getByText('已建立线索：南川新铝业').waitFor();
    // On the board of 南川工业园: the lead was saved with that zone.
    await page.goto(`${t.session.base}/?view=pipeline&zone=zone-nc-park`);
    await page.getByTestId('lead-card').filter({ hasText: '南川新铝业' }).waitFor();
  });

  it('drops a 綦江区 plan from the URL once 南川区 is in view, and keeps it on the way back', async () => {
    const page = t.page;
    await page.goto(`${t.session.base}/?zone=region-500110&plan=${QIJIANG_14TH}`);
    await page.getByTestId('earlier-plan').waitFor();
    await page.getByRole('button', { name: /火锅产品群/ }).waitFor();
    await pickScope(page, 'region-500119', '南川区');
    await page.waitForURL(
      (u) => u.searchParams.get('zone') === 'region-500119' && !u.searchParams.has('plan'),
    );
    // 南川区's own chain, not the chains the 十四五 plan of 綦江区 states.
    await page.getByRole('button', { name: /测试链/ }).waitFor();
    await expect(page.getByRole('button', { name: /火锅产品群/ }).count()).resolves.toBe(0);
    await expect(page.getByTestId('earlier-plan').count()).resolves.toBe(0);
    await shot(page, 'district-views-3-moved-scope');
    // Back: 綦江区 with its 十四五 again — the plan is its district's and stays.
    await page.goBack();
    await page.getByTestId('earlier-plan').waitFor();
    await page.getByRole('button', { name: /火锅产品群/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('plan')).toBe(QIJIANG_14TH);
  });

  it('规划对比 from 重庆市: picks 綦江区, compares its plans, and 南川区 says it has one', async () => {
    const page = t.page;
    await page.goto(`${t.session.base}/?view=compare&zone=region-500000`);
    const choose = page.getByTestId('compare-district');
    await choose.getByText('请选择要对比规划的地区').waitFor();
    // A region is offered, not only a 区县 (a city or province can own a plan); 重庆市 has none, nor any region
    // above it: the page says so and offers the search again (it used to wait for ever).
    await choose.getByTestId('compare-district-search').fill('重庆');
    await choose.getByTestId('compare-district-match-region-500000').click();
    await expect(page.getByTestId('compare-no-plan').textContent()).resolves.toContain(
      '重庆市本级及其上级地区尚无导入的规划',
    );
    await shot(page, 'district-views-4-compare-region-without-plan');
    await choose.getByTestId('compare-district-search').fill('綦江');
    await choose.getByTestId('compare-district-match-region-500110').waitFor();
    // Regions only: not the 高新区 whose name also holds 綦江.
    await expect(choose.getByTestId('compare-district-match-zone-qijiang-hitech').count()).resolves.toBe(0);
    await shot(page, 'district-views-4-compare-province-pick');
    await choose.getByTestId('compare-district-match-region-500110').click();
    await page.getByTestId('chains-added').getByText('储能电池产品链').waitFor();
    await expect(page.locator('.plan-compare-page h2').textContent()).resolves.toContain('綦江区');
    // The pair is in the URL, the scope is still 重庆市.
    await page.waitForURL((u) => u.searchParams.get('plan') === QIJIANG_14TH && u.searchParams.has('to'));
    expect(new URL(page.url()).searchParams.get('zone')).toBe('region-500000');
    await shot(page, 'district-views-5-compare-province');
    // Reloaded (or shared): the URL's plans name their district.
    await page.reload();
    await page.getByTestId('chains-added').getByText('储能电池产品链').waitFor();
    // Another district: one plan, said so.
    await page.getByTestId('compare-district-search').fill('南川');
    await page.getByTestId('compare-district-match-region-500119').click();
    await expect(page.getByTestId('compare-need-two').textContent()).resolves.toContain('南川区只有一个规划');
    // The header's scope moved while on the page: the pick goes with the old scope — 南川区 in view is compared
    // (it has one plan), and back in 重庆市 the page asks for a district again; the URL holds no pair.
    await page.getByTestId('compare-district-search').fill('綦江');
    await page.getByTestId('compare-district-match-region-500110').click();
    await page.getByTestId('chains-added').getByText('储能电池产品链').waitFor();
    await pickScope(page, 'region-500119', '南川区');
    await page.waitForURL(
      (u) => u.searchParams.get('zone') === 'region-500119' && !u.searchParams.has('plan'),
    );
    await expect(page.getByTestId('compare-need-two').textContent()).resolves.toContain('南川区只有一个规划');
    await expect(page.getByTestId('plan-comparison').count()).resolves.toBe(0);
    // The title's line names the district in view, not the whole graph (全部地区).
    await expect(page.locator('header small').first().textContent()).resolves.toBe('南川区 · 产业链招商引资');
    // The notice says another district may be chosen, and the page offers the search for it.
    await expect(page.getByTestId('compare-district-search').count()).resolves.toBe(1);
    await shot(page, 'district-views-6-compare-scope-moved');
    await pickScope(page, 'region-500000', '重庆市');
    await page.getByTestId('compare-district').getByText('请选择要对比规划的地区').waitFor();
    await expect(page.locator('header small').first().textContent()).resolves.toBe('重庆市 · 产业链招商引资');
    expect(new URL(page.url()).searchParams.has('to')).toBe(false);
    await expect(page.getByTestId('plan-comparison').count()).resolves.toBe(0);
    // A 綦江区 plan in the URL while 南川区 is in view: kept on the comparison page, which compares 綦江区.
    await page.goto(`${t.session.base}/?view=compare&zone=region-500119&plan=${QIJIANG_14TH}`);
    await page.getByTestId('chains-added').getByText('储能电池产品链').waitFor();
    expect(new URL(page.url()).searchParams.get('plan')).toBe(QIJIANG_14TH);
  });
});
