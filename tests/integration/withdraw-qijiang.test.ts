// Withdrawing plans committed into the seeded 綦江区 (docs/IMPORTS.md): every kind of fact merged with the seed's,
// a second plan sharing names, and what stays because of someone's work (a lead, an edit), over HTTP as an editor.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { withdrawImport } from '../../server/imports/withdraw.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import type { ImportCommitInput, WithdrawReport } from '../../vocab/imports.ts';
import { createToken, graphqlClient, resetAndSeed, startApp, TEST_ACTOR, testDb } from '../helpers.ts';
import { PLAN_A_TITLE, planA, planB } from '../withdrawPlans.ts';
import { difference, snapshot } from '../withdrawSnapshot.ts';

let db: Db;
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };
const commit = (input: ImportCommitInput) => commitImport(db, input, actor as never);
const withdraw = (id: string) => withdrawImport(db, id, actor as never);

async function expectGraph(before: string[]) {
  expect(difference(before, await snapshot(db))).toEqual({ onlyBefore: [], onlyAfter: [] });
}

async function one(cypher: string, params: Record<string, unknown> = {}) {
  return (await db.driver.executeQuery(cypher, params)).records[0]?.toObject() ?? null;
}

const keptOf = (r: WithdrawReport, name: string) => r.kept.find((k) => k.name === name);

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
});
afterAll(async () => {
  await db.close();
});

describe('withdrawing a plan committed into the seeded 綦江区', () => {
  it('restores the seed exactly: chains, zones, firms, targets, projects, sought links, year targets', async () => {
    const before = await snapshot(db);
    const a = await commit(planA());
    expect(a.facts.zones.merged).toEqual(['北渡组团']);
    expect(a.facts.projects.added).toHaveLength(1);
    expect(a.facts.sought.added).toEqual(['铝制汽车零部件']);
    expect(a.facts.targets.added).toEqual(['忠旺集团']);
    expect(await one(`MATCH (z:Zone {id: 'zone-beidu'}) RETURN z.output2025 AS o`)).toEqual({ o: 450 });
    const report = await withdraw(a.documentId);
    expect(report.removed.firms.sort()).toEqual(['重庆渝新铝材有限公司', '重庆綦铝科技有限公司'].sort());
    expect(report.removed.zones).toEqual(['綦江铝材产业园']);
    expect(report.removed.projects).toEqual(['年产10万吨再生铝合金项目']);
    expect(report.removed.sought).toEqual(['铝制汽车零部件']);
    expect(report.removed.links.sort()).toEqual(['再生铝合金', '铝制汽车零部件'].sort());
    // The seed's zone, firm, link and industry stay, as the seed's plan states them.
    expect(keptOf(report, '北渡组团')?.reasons).toEqual(['OTHER_PLAN']);
    expect(keptOf(report, '旗能电铝')?.reasons).toEqual(['OTHER_PLAN']);
    expect(keptOf(report, '铝锭')?.by).toHaveLength(1);
    expect(report.restored.map((r) => `${r.type}:${r.id}:${r.fields.join(',')}`).sort()).toEqual(
      // The seed states no target year for these: the plan's 2025 goes with it.
      [
        'Industry:ind-new-materials:output2025,targetYear',
        'Zone:region-500110:output2025',
        'Zone:zone-beidu:output2025,targetYear',
      ].sort(),
    );
    await expectGraph(before);
  }, 180_000);

  it('withdrawing a second plan sharing names gives back the graph after the first, the first’s facts intact', async () => {
    await resetAndSeed(db);
    const a = await commit(planA());
    const afterA = await snapshot(db);
    const b = await commit(planB());
    expect(b.facts.zones.merged).toEqual(['綦江铝材产业园']);
    expect(b.facts.firms.merged).toEqual(['重庆渝新铝材有限公司']);
    expect(b.facts.projects.merged).toEqual(['年产10万吨再生铝合金项目']);
    expect(
      await one(`MATCH (p:Project {name: '年产10万吨再生铝合金项目'}) RETURN p.capacityValues AS v`),
    ).toEqual({
      v: [20],
    });
    const report = await withdraw(b.documentId);
    expect(report.removed.zones).toEqual(['铝合金轮毂园']);
    expect(report.removed.chains).toEqual(['再生铝合金—铝合金轮毂']);
    expect(report.removed.sought).toEqual([]);
    for (const name of ['綦江铝材产业园', '重庆渝新铝材有限公司', '年产10万吨再生铝合金项目', '再生铝合金'])
      expect(keptOf(report, name)).toMatchObject({ reasons: ['OTHER_PLAN'], by: [PLAN_A_TITLE] });
    await expectGraph(afterA);
    // A fact both plans state keeps the first plan's quote once the second goes.
    expect(
      await one(
        `MATCH (:Zone {name: '綦江铝材产业园'})-[r:PART_OF]->(:Zone {id: 'zone-beidu'})
         MATCH (s:Source {id: r.source}) RETURN s.doc AS doc`,
      ),
    ).toEqual({ doc: a.documentId });
    await withdraw(a.documentId);
  }, 180_000);

  it('a lead on an imported link and investment target keeps them; an edited firm stays', async () => {
    await resetAndSeed(db);
    const before = await snapshot(db);
    const a = await commit(planA());
    const editor = await createToken(db, 'editor', '招商科');
    const gql = graphqlClient(db, { token: editor });
    const link = (await one(`MATCH (p:Product {name: '铝制汽车零部件'}) RETURN p.id AS id`))?.id;
    const target = (await one(`MATCH (e:Enterprise {name: '忠旺集团'}) RETURN e.id AS id`))?.id;
    const firm = (await one(`MATCH (e:Enterprise {name: '重庆綦铝科技有限公司'}) RETURN e.id AS id`))?.id;
    const lead = await gql(`mutation ($i: CreateLeadInput!) { createLead(input: $i) { id } }`, {
      i: { link, zone: 'region-500110', firm: target, owner: '张三' },
    });
    expect(lead.errors).toBeUndefined();
    const edit = await gql(
      `mutation ($id: ID!) { updateEnterprise(id: $id, input: {note: "已走访"}) { id } }`,
      {
        id: firm,
      },
    );
    expect(edit.errors).toBeUndefined();
    const report = await withdraw(a.documentId);
    expect(keptOf(report, '铝制汽车零部件')?.reasons).toContain('LEAD');
    expect(keptOf(report, '忠旺集团')?.reasons).toContain('LEAD');
    expect(keptOf(report, '重庆綦铝科技有限公司')?.reasons).toEqual(['EDITED']);
    expect(report.removed.firms).toEqual(['重庆渝新铝材有限公司']);
    const left = await one(
      `MATCH (l:Lead)-[:FOR_LINK]->(p:Product {id: $link}) MATCH (l)-[:WITH_FIRM]->(e:Enterprise {id: $target})
       MATCH (f:Enterprise {id: $firm}) RETURN p.name AS link, e.name AS target, f.note AS note`,
      { link, target, firm },
    );
    expect(left).toEqual({ link: '铝制汽车零部件', target: '忠旺集团', note: '已走访' });
    // Nothing else of the plan stays: the graph differs from the seed by the kept items and the lead only.
    const diff = difference(before, await snapshot(db));
    expect(diff.onlyBefore).toEqual([]);
    expect(
      diff.onlyAfter.filter(
        (l) => !/铝制汽车零部件|忠旺集团|重庆綦铝科技有限公司|Lead|lead-|LinkCount/.test(l),
      ),
    ).toEqual([]);
  }, 180_000);

  it('an edit of an earlier node of the same id (committed, edited, withdrawn) is no work on the new one', async () => {
    await resetAndSeed(db);
    const edited = await commit(planA());
    const gql = graphqlClient(db, { token: await createToken(db, 'editor', '招商科') });
    const firm = (await one(`MATCH (e:Enterprise {name: '重庆綦铝科技有限公司'}) RETURN e.id AS id`))?.id;
    await gql(`mutation ($id: ID!) { updateEnterprise(id: $id, input: {note: "已走访"}) { id } }`, {
      id: firm,
    });
    expect(keptOf(await withdraw(edited.documentId), '重庆綦铝科技有限公司')?.reasons).toEqual(['EDITED']);
    await resetAndSeed(db);
    const before = await snapshot(db);
    const again = await commit(planA());
    const report = await withdraw(again.documentId);
    expect(report.removed.firms).toContain('重庆綦铝科技有限公司');
    await expectGraph(before);
  }, 180_000);

  it('a pool firm matched to the plan’s link is no one’s work: the link goes, the pool is re-matched', async () => {
    await resetAndSeed(db);
    // A made-up pool (the chainkg shape): one firm whose main product is the plan's new link, one the seed's 铝锭.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'withdraw-pool-'));
    const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');
    writeFileSync(
      path.join(dir, 'company.json'),
      lines([
        {
          name: '甲铝',
          fullname: '甲铝股份有限公司（虚构）',
          code: '600001.SH',
          location: '上海证券交易所',
          time: '2010-01-01',
        },
        {
          name: '乙铝',
          fullname: '乙铝股份有限公司（虚构）',
          code: '600002.SH',
          location: '上海证券交易所',
          time: '2010-01-01',
        },
      ]),
    );
    writeFileSync(
      path.join(dir, 'company_product.json'),
      lines([
        {
          company_code: '600001.SH',
          product_name: '再生铝合金',
          rel_weight: 0.8,
          rel: '主营产品',
          company_name: '甲铝',
        },
        {
          company_code: '600002.SH',
          product_name: '铝锭',
          rel_weight: 0.8,
          rel: '主营产品',
          company_name: '乙铝',
        },
      ]),
    );
    await importPool(db, { dir, aliases: readAliases(aliasesFile), actor: TEST_ACTOR });
    const before = await snapshot(db);
    const a = await commit(planA());
    expect(a.pool?.links).toContainEqual({ name: '再生铝合金', firms: 1 });
    const report = await withdraw(a.documentId);
    expect(report.removed.links).toContain('再生铝合金');
    expect(report.pool).toMatchObject({ removed: 0 });
    await expectGraph(before);
  }, 180_000);

  it('over HTTP: a viewer gets 403, an editor a dry run and then the withdrawal, a second time 404', async () => {
    await resetAndSeed(db);
    const a = await commit(planA());
    const app = await startApp(db);
    try {
      const viewer = await createToken(db, 'viewer');
      const editor = await createToken(db, 'editor');
      // The explorer shows 撤回导入 by Query.canEdit: an editor's token only.
      const canEdit = async (token?: string) =>
        (await graphqlClient(db, token ? { token } : {})<{ canEdit: boolean }>('{ canEdit }')).data?.canEdit;
      expect([await canEdit(), await canEdit(viewer), await canEdit(editor)]).toEqual([false, false, true]);
      const body = (dryRun: boolean) => JSON.stringify({ document: a.documentId, dryRun });
      const type = 'application/json';
      expect((await app.post('/imports/withdraw', body(true), type, viewer)).status).toBe(403);
      expect((await app.post('/imports/withdraw', body(true), type, null)).status).toBe(401);
      const dry = await app.post('/imports/withdraw', body(true), type, editor);
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, documentId: a.documentId });
      const done = await app.post('/imports/withdraw', body(false), type, editor);
      expect(done.status).toBe(200);
      expect((done.body as unknown as WithdrawReport).removed).toEqual(
        (dry.body as unknown as WithdrawReport).removed,
      );
      const again = await app.post('/imports/withdraw', body(false), type, editor);
      expect(again).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
      expect(String(again.body.error)).toContain(a.documentId);
      const seed = await app.post(
        '/imports/withdraw',
        JSON.stringify({ document: 'doc-qijiang-plan-2021-2025' }),
        type,
        editor,
      );
      expect(seed).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    } finally {
      await app.close();
    }
  }, 180_000);
});
