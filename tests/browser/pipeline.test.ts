import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import { TEST_ACTOR } from '../helpers.ts';
import { editorSession, shot } from './browser.ts';

const CHAIN = 'chain-scrap-aluminium-recycling';
const ZONE = 'zone-beidu';
/** A made-up listed firm whose main business is 铝锭: the candidate the officer calls. */
const FIRM = '丁铝锭业';

/**
 * The seed names no candidate for 铝锭 itself (the plan's targets 南山铝业 and 明泰铝业 are named for 再生铝 next
 * to it), so the national pool brings one: a pool in the chainkg shape, written for this test and imported by the
 * product's own pool importer.
 */
async function importAluminiumPool(db: Db): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pool-'));
  try {
    writeFileSync(
      path.join(dir, 'company.json'),
      `${JSON.stringify({ name: FIRM, fullname: `${FIRM}股份有限公司（虚构）`, code: '600990.SH', location: '上海证券交易所', time: '2012-05-08' })}\n`,
    );
    writeFileSync(
      path.join(dir, 'company_product.json'),
      [
        { product_name: '铝锭', rel_weight: 0.72 },
        { product_name: '其他业务', rel_weight: 0.28 },
      ]
        .map((p) => JSON.stringify({ company_code: '600990.SH', company_name: FIRM, rel: '主营产品', ...p }))
        .join('\n'),
    );
    await importPool(db, { dir, aliases: readAliases(aliasesFile), actor: TEST_ACTOR });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const t = editorSession('王招商', { prepare: importAluminiumPool });

/** The status of a node on the chain map, as Cytoscape holds it. */
const nodeStatus = (name: string) =>
  t.page.evaluate((n) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return cy
      .nodes()
      .filter((x) => x.data('name') === n)[0]
      ?.data('status') as string | undefined;
  }, name);

/** Moves the one lead on the board to `stage` (its label) with a reason, and waits until it is in that column. */
async function move(stage: string, code: string, reason: string) {
  const card = t.page.getByTestId('lead-card');
  await card.getByRole('combobox', { name: '变更为' }).selectOption({ label: stage });
  await card.getByRole('textbox', { name: '变更原因' }).fill(reason);
  await card.getByRole('button', { name: '变更阶段' }).click();
  await t.page.locator(`[data-testid="lead-card"][data-stage="${code}"]`).waitFor();
}

describe('from a gap to a signed project', () => {
  it('an empty board says how leads are made instead of five empty columns', async () => {
    await t.page.goto(`${t.session.base}/?view=pipeline&zone=${ZONE}`);
    const empty = t.page.getByTestId('pipeline-empty');
    // The scope's name comes with the scope's own answer, which may arrive after the board's.
    await expect.poll(() => empty.textContent()).toContain('北渡组团还没有招商线索');
    const text = await empty.textContent();
    expect(text).toContain('建立线索');
    expect(text).toContain('导入线索表');
    await shot(t.page, 'pipeline-0-empty-board');
  });

  it('walks the loop: lead on the 铝锭 gap → 签约 → project 在建 → 铝锭 weak, with the lead as the reason', async () => {
    // The chain map before: 铝锭 is missing in 北渡组团.
    await t.page.goto(`${t.session.base}/?view=chain&chain=${CHAIN}&zone=${ZONE}`);
    await t.page.getByTestId('health-chart').waitFor();
    expect(await nodeStatus('铝锭')).toBe('MISSING');

    // Upstream of 压铸件: the 铝锭 gap, its ranked candidates, and 建立线索 on the pool firm's row. The form opens
    // prefilled with the firm; the officer adds owner, next step and investment.
    await t.page.goto(`${t.session.base}/?view=upstream&focus=p-压铸件&chain=${CHAIN}&zone=${ZONE}`);
    const gap = t.page
      .getByTestId('gap')
      .filter({ has: t.page.getByRole('button', { name: '铝锭', exact: true }) });
    await gap.waitFor();
    const firm = FIRM;
    const row = gap
      .locator('li', { hasText: firm })
      .filter({ has: t.page.getByRole('button', { name: '建立线索' }) });
    await row.first().getByRole('button', { name: '建立线索', exact: true }).click();
    const form = gap.getByTestId('lead-form');
    expect(await form.getByLabel('企业').inputValue()).toBe(firm);
    await form.getByLabel('负责人').fill('王招商');
    await form.getByLabel('下一步', { exact: true }).fill('上门拜访');
    await form.getByLabel('下一步日期').fill('2026-12-05');
    await form.getByLabel('预计投资（亿元）').fill('8');
    await shot(t.page, 'pipeline-1-lead-form');
    await form.getByRole('button', { name: '保存' }).click();
    await gap.getByText(`已建立线索：${firm}`).waitFor();
    await gap.getByTestId('lead-chips').getByText('线索 1').waitFor();
    await gap.scrollIntoViewIfNeeded();
    await shot(t.page, 'pipeline-2-upstream-lead-chip');

    // The board of 北渡组团: the lead, moved stage by stage to 签约.
    await t.page.goto(`${t.session.base}/?view=pipeline&zone=${ZONE}`);
    await t.page.locator('[data-testid="lead-card"][data-stage="CLUE"]').waitFor();
    await move('接洽', 'CONTACT', '已电话联系企业投资部');
    await move('考察', 'VISIT', '企业来綦江实地考察');
    await move('洽谈', 'NEGOTIATION', '进入投资条件谈判');
    await move('签约', 'SIGNED', '签订投资协议');
    const card = t.page.getByTestId('lead-card');
    await expect(card.textContent()).resolves.toContain(`已转项目：${firm}铝锭项目（签约）`);
    await shot(t.page, 'pipeline-3-board-signed');

    // The project starts building: marked 在建 in the link inspector.
    await t.page.goto(`${t.session.base}/?view=chain&chain=${CHAIN}&zone=${ZONE}&focus=p-铝锭`);
    const inspector = t.page.getByTestId('inspector');
    await inspector.getByRole('combobox', { name: `修改状态：${firm}铝锭项目` }).selectOption('在建');
    await inspector
      .locator('li', { hasText: `${firm}铝锭项目` })
      .filter({ hasText: '在建' })
      .first()
      .waitFor();

    // The chain map: 铝锭 is weak now, because of the project, and the reason names the project and the lead.
    await t.page.reload();
    await t.page.getByTestId('inspector').getByTestId('reason').waitFor();
    expect(await nodeStatus('铝锭')).toBe('WEAK');
    const reason = await t.page.getByTestId('inspector').getByTestId('reason').textContent();
    expect(reason).toContain(`${firm}铝锭项目（招商线索，负责人 王招商）`);
    await shot(t.page, 'pipeline-4-chain-map-weak');

    // The health chart: this month one link more weak and one less missing than last month.
    await t.page.goto(`${t.session.base}/?view=chain&chain=${CHAIN}&zone=${ZONE}`);
    const bars = t.page.getByTestId('health-chart').locator('g[data-month]');
    await bars.last().waitFor();
    const n = await bars.count();
    const at = async (i: number) => ({
      weak: Number(await bars.nth(i).getAttribute('data-weak')),
      missing: Number(await bars.nth(i).getAttribute('data-missing')),
    });
    const [last, now] = [await at(n - 2), await at(n - 1)];
    expect(now.weak - last.weak).toBe(1);
    expect(last.missing - now.missing).toBe(1);
    await shot(t.page, 'pipeline-5-health-chart');
  }, 240_000);

  it('a filter that hides every lead says so and clears in one click', async () => {
    await t.page.goto(`${t.session.base}/?view=pipeline&zone=${ZONE}`);
    await t.page.getByTestId('lead-card').waitFor();
    await t.page.getByRole('combobox', { name: '负责人' }).selectOption({ label: '王招商' });
    await t.page.getByTestId('lead-card').waitFor();
    const tier = t.page.getByRole('combobox', { name: '缺口优先级' });
    // The one lead's gap has one tier (or none, once filled): any other tier shows no lead.
    const badge = t.page.getByTestId('lead-card').locator('.tier');
    const shown = (await badge.count()) > 0 ? ((await badge.textContent()) ?? '') : '';
    const other = ['优先级高', '优先级中', '优先级低'].find((l) => !shown.includes(l)) ?? '优先级低';
    await tier.selectOption({ label: other });
    const empty = t.page.getByTestId('pipeline-empty');
    await empty.waitFor();
    await expect(empty.textContent()).resolves.toContain('没有符合筛选条件的线索');
    await empty.getByRole('button', { name: '清除筛选' }).click();
    await t.page.getByTestId('lead-card').waitFor();
    expect(await tier.inputValue()).toBe('');
  });

  it('a viewer sees the board but cannot move a lead', async () => {
    const viewer = await t.session.browser.newPage({
      viewport: { width: 1440, height: 1000 },
      locale: 'zh-CN',
    });
    await viewer.goto(`${t.session.base}/?view=pipeline&zone=${ZONE}`);
    const card = viewer.getByTestId('lead-card');
    await card.waitFor();
    await card.getByRole('combobox', { name: '变更为' }).selectOption({ label: '洽谈' });
    await card.getByRole('textbox', { name: '变更原因' }).fill('试图回退');
    await card.getByRole('button', { name: '变更阶段' }).click();
    await card.getByRole('alert').waitFor();
    await expect(card.getByRole('alert').textContent()).resolves.toContain('编辑者令牌');
    expect(await card.getAttribute('data-stage')).toBe('SIGNED');
    await viewer.close();
  }, 60_000);
});
