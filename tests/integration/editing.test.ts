import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { createToken, type GqlResponse, graphqlClient, resetAndSeed, testDb } from '../helpers.ts';

const CHAIN = 'chain-scrap-aluminium-recycling';
const ZONE = 'zone-beidu';
const OTHER_ZONE = 'zone-qiaohe';
const INDUSTRY = 'ind-chemicals';
const PROJECT = 'proj-prepared-dishes';
const ENTERPRISE = 'ent-jinxing';

type Gql = ReturnType<typeof graphqlClient>;
let db: Db;
let anonymous: Gql;
let viewer: Gql;
let editor: Gql;
let editorToken: string;
let products: string[];

interface Audit {
  actor: string;
  role: string;
  action: string;
  entity: string;
  entityType: string;
  before: string | null;
  after: string | null;
  at: string;
}
const AUDIT = 'actor role action entity entityType before after at';

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  await db.driver.executeQuery('MATCH (n:ApiToken|AuditEntry|Alias) DETACH DELETE n');
  editorToken = await createToken(db, 'editor', '张三');
  anonymous = graphqlClient(db);
  viewer = graphqlClient(db, { token: await createToken(db, 'viewer', '李四') });
  editor = graphqlClient(db, { token: editorToken });
  const res = await anonymous<{ chain: { links: { product: { id: string } }[] } }>(
    'query ($id: ID!) { chain(id: $id) { links { product { id } } } }',
    { id: CHAIN },
  );
  products = res.data?.chain.links.map((l) => l.product.id) ?? [];
  expect(products.length).toBeGreaterThan(2);
});
afterAll(async () => {
  await db.close();
});

const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const argumentOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.argument;

/** The newest audit entry, read as a viewer (the audit log needs a viewer token in every mode). */
async function lastAudit(entity: string | null): Promise<Audit> {
  const res = await viewer<{ audit: Audit[] }>(
    `query ($e: ID) { audit(entity: $e, first: 1) { ${AUDIT} } }`,
    {
      e: entity,
    },
  );
  expect(res.errors).toBeUndefined();
  const entry = res.data?.audit[0];
  if (!entry) throw new Error(`no audit entry for ${entity}`);
  return entry;
}

/** Every mutation, with variables that work for an editor. */
const CASES: { name: string; doc: string; vars: () => Record<string, unknown> }[] = [
  {
    name: 'setChainLeader',
    doc: 'mutation ($c: ID!) { setChainLeader(chain: $c, leader: "王五") { id } }',
    vars: () => ({ c: CHAIN }),
  },
  {
    name: 'createEnterprise',
    doc: 'mutation { createEnterprise(input: { name: "测试企业", local: true }) { id } }',
    vars: () => ({}),
  },
  {
    name: 'updateEnterprise',
    doc: 'mutation ($id: ID!) { updateEnterprise(id: $id, input: { note: "已走访" }) { id } }',
    vars: () => ({ id: ENTERPRISE }),
  },
  {
    name: 'setProjectStatus',
    doc: 'mutation ($id: ID!) { setProjectStatus(id: $id, status: "在建") { id } }',
    vars: () => ({ id: PROJECT }),
  },
  {
    name: 'setZoneTargets',
    doc: 'mutation ($id: ID!) { setZoneTargets(id: $id, output2025: 120, valueAdded2025: 30) { id } }',
    vars: () => ({ id: ZONE }),
  },
  {
    name: 'addAlias',
    doc: 'mutation ($l: ID!) { addAlias(pool: "再生铝锭", link: $l) { pool } }',
    vars: () => ({ l: products[1] }),
  },
  { name: 'removeAlias', doc: 'mutation { removeAlias(pool: "再生铝锭") }', vars: () => ({}) },
];

describe('roles', () => {
  it.each(CASES)(
    '$name: FORBIDDEN without a token and with a viewer token; works for an editor',
    async (c) => {
      const before = await db.driver.executeQuery('MATCH (a:AuditEntry) RETURN count(a) AS n');
      for (const client of [anonymous, viewer]) {
        const res = await client(c.doc, c.vars());
        expect(codeOf(res)).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
      const after = await db.driver.executeQuery('MATCH (a:AuditEntry) RETURN count(a) AS n');
      expect(after.records[0]?.get('n')).toBe(before.records[0]?.get('n'));
      const res = await editor(c.doc, c.vars());
      expect(res.errors).toBeUndefined();
      expect(await lastAudit(null)).toMatchObject({ action: c.name, actor: '张三', role: 'editor' });
    },
  );

  it('treats an unknown token as anonymous', async () => {
    const res = await graphqlClient(db, { token: 'f'.repeat(64) })(CASES[0]?.doc ?? '', { c: CHAIN });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('stores tokens hashed: no property of any node equals the token', async () => {
    const res = await db.driver.executeQuery(
      'MATCH (n) UNWIND keys(n) AS k WITH n[k] AS v WHERE v = $t OR (v IS :: STRING AND v CONTAINS $t) RETURN count(*) AS n',
      { t: editorToken },
    );
    expect(res.records[0]?.get('n')).toBe(0);
    const tokens = await db.driver.executeQuery(
      'MATCH (t:ApiToken {name: "张三"}) RETURN t.hash AS hash, t.role AS role',
    );
    expect(tokens.records[0]?.get('role')).toBe('editor');
    expect(tokens.records[0]?.get('hash')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('with READ_REQUIRES_TOKEN every query needs at least a viewer token', async () => {
    const settings = { readRequiresToken: true };
    const q = '{ zones { id } }';
    const closed = await graphqlClient(db, { settings })(q);
    expect(codeOf(closed)).toBe('FORBIDDEN');
    const asViewer = await graphqlClient(db, { settings, token: await createToken(db, 'viewer') })(q);
    expect(asViewer.errors).toBeUndefined();
    expect(asViewer.data?.zones).toBeDefined();
    const asEditor = await graphqlClient(db, { settings, token: editorToken })(q);
    expect(asEditor.errors).toBeUndefined();
    // Reads stay open by default.
    expect((await anonymous(q)).errors).toBeUndefined();
  });
});

describe('enterprises', () => {
  const CREATE = `mutation ($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      id name fullName local origin creditCode note zone { id } products { id } industries { id }
      lastChange { ${AUDIT} } updatedAt stale
    }
  }`;
  const UPDATE = `mutation ($id: ID!, $input: UpdateEnterpriseInput!) {
    updateEnterprise(id: $id, input: $input) { id name note zone { id } products { id } lastChange { action } }
  }`;

  it('creates an enterprise with zone, products and industries, audited with the actor', async () => {
    const input = {
      name: ' 綦江新铝 ',
      fullName: '重庆綦江新铝科技有限公司',
      local: true,
      zone: ZONE,
      produces: [products[1], products[0]],
      industries: [INDUSTRY],
      creditCode: '91500222MA5U4X8Y3K',
    };
    const res = await editor<{
      createEnterprise: Record<string, unknown> & { id: string; lastChange: Audit };
    }>(CREATE, { input });
    expect(res.errors).toBeUndefined();
    const e = res.data?.createEnterprise;
    expect(e?.id).toMatch(/^ent-u-[0-9a-f]{10}$/);
    expect(e).toMatchObject({
      name: '綦江新铝',
      local: true,
      origin: 'edit',
      creditCode: '91500222MA5U4X8Y3K',
      zone: { id: ZONE },
      industries: [{ id: INDUSTRY }],
      stale: false,
    });
    expect(((e?.products ?? []) as { id: string }[]).map((p) => p.id).sort()).toEqual(
      [products[0], products[1]].sort(),
    );
    expect(e?.lastChange).toMatchObject({
      actor: '张三',
      role: 'editor',
      action: 'createEnterprise',
      entity: e?.id,
      entityType: 'Enterprise',
      before: null,
    });
    expect(JSON.parse(e?.lastChange.after ?? '{}')).toMatchObject({
      name: '綦江新铝',
      zone: ZONE,
      produces: [products[0], products[1]].sort(),
    });
    expect(e?.updatedAt).toBe(e?.lastChange.at);
    // The new firm is a producer of its links now.
    const link = await anonymous<{ product: { producers: { id: string }[] } }>(
      'query ($id: ID!) { product(id: $id) { producers { id } } }',
      { id: products[0] },
    );
    expect(link.data?.product.producers.map((p) => p.id)).toContain(e?.id);
  });

  it('updates only the given fields and records before and after of the changed ones', async () => {
    const res = await editor<{
      updateEnterprise: { zone: { id: string } | null; note: string; name: string };
    }>(UPDATE, { id: ENTERPRISE, input: { zone: OTHER_ZONE, note: '2026 年走访' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateEnterprise).toMatchObject({ zone: { id: OTHER_ZONE }, note: '2026 年走访' });
    const entry = await lastAudit(ENTERPRISE);
    expect(entry).toMatchObject({ actor: '张三', action: 'updateEnterprise', entityType: 'Enterprise' });
    const before = JSON.parse(entry.before ?? '{}');
    const after = JSON.parse(entry.after ?? '{}');
    expect(Object.keys(after).sort()).toEqual(['note', 'zone']);
    expect(after).toEqual({ zone: OTHER_ZONE, note: '2026 年走访' });
    expect(before.zone).not.toBe(OTHER_ZONE);
    expect(before.note).toBe('已走访'); // from the roles test above

    const cleared = await editor<{ updateEnterprise: { zone: unknown; note: unknown } }>(UPDATE, {
      id: ENTERPRISE,
      input: { zone: null, note: null },
    });
    expect(cleared.data?.updateEnterprise).toMatchObject({ zone: null, note: null });
  });

  it('records products that are no link as stated products (未入链产品), each once, audited', async () => {
    // A county without chains could record its firms' products by table (未入链产品) but not by the form.
    const res = await editor<{ updateEnterprise: { statedProducts: string[] } }>(
      UPDATE.replace('lastChange', 'statedProducts lastChange'),
      { id: ENTERPRISE, input: { statedProducts: [' 黑茶 ', '黑茶', '茶多酚'] } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateEnterprise.statedProducts).toEqual(['黑茶', '茶多酚']);
    expect(JSON.parse((await lastAudit(ENTERPRISE)).after ?? '{}')).toEqual({
      statedProducts: ['黑茶', '茶多酚'],
    });
  });

  it('produces a stated product that is some chain’s link instead of keeping it stated', async () => {
    // A firm of a district whose chains lack 铝锭 names it: the form keeps it stated (it knows only the
    // district's links), the server links it — a stated product is one no chain names.
    const res = await editor<{
      createEnterprise: { id: string; statedProducts: string[]; products: { name: string }[] };
    }>(CREATE.replace('lastChange', 'statedProducts products { name } lastChange'), {
      input: { name: '某铝锭贸易', local: true, statedProducts: ['黑茶', '铝锭'] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createEnterprise.statedProducts).toEqual(['黑茶']);
    expect(res.data?.createEnterprise.products.map((p) => p.name)).toEqual(['铝锭']);
    const labelled = await db.driver.executeQuery(
      'MATCH (e:Enterprise {id: $id}) RETURN e:StatedProducts AS l',
      { id: res.data?.createEnterprise.id },
    );
    expect(labelled.records[0]?.get('l')).toBe(true);
  });

  it('rejects unknown ids and invalid fields, naming the field, and writes nothing', async () => {
    const count = async () =>
      (await db.driver.executeQuery('MATCH (n:Enterprise|AuditEntry) RETURN count(n) AS n')).records[0]?.get(
        'n',
      );
    const n = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '甲', local: true, zone: 'zone-nope' }, 'input.zone'],
      [{ name: '甲', local: true, produces: ['prod-nope'] }, 'input.produces'],
      [{ name: '甲', local: true, industries: ['ind-nope'] }, 'input.industries'],
      [{ name: '  ', local: true }, 'input.name'],
      [{ name: '甲', local: true, creditCode: '123' }, 'input.creditCode'],
    ];
    for (const [input, field] of cases) {
      const res = await editor(CREATE, { input });
      expect(codeOf(res), field).toBe('BAD_USER_INPUT');
      expect(argumentOf(res)).toBe(field);
      expect(res.errors?.[0]?.message).toContain(field);
    }
    const unknown = await editor(UPDATE, { id: 'ent-nope', input: { note: 'x' } });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(await count()).toBe(n);
  });
});

describe('projects, zones, chains and aliases', () => {
  it('sets a project status (one of the six) with an audit entry', async () => {
    const res = await editor<{ setProjectStatus: { status: string; lastChange: Audit } }>(
      `mutation { setProjectStatus(id: "${PROJECT}", status: "投产") { status lastChange { ${AUDIT} } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setProjectStatus.status).toBe('投产');
    const entry = res.data?.setProjectStatus.lastChange;
    expect(entry).toMatchObject({ action: 'setProjectStatus', actor: '张三', entityType: 'Project' });
    expect(JSON.parse(entry?.before ?? '{}')).toEqual({ status: '在建' });
    expect(JSON.parse(entry?.after ?? '{}')).toEqual({ status: '投产' });
    const bad = await editor(`mutation { setProjectStatus(id: "${PROJECT}", status: "完成") { id } }`);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(argumentOf(bad)).toBe('status');
  });

  it('sets zone targets (≥ 0)', async () => {
    const res = await editor<{
      setZoneTargets: { output2025: number; valueAdded2025: number; lastChange: Audit };
    }>(
      `mutation { setZoneTargets(id: "${ZONE}", output2025: 150.5, valueAdded2025: 40) {
         output2025 valueAdded2025 lastChange { ${AUDIT} } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setZoneTargets).toMatchObject({ output2025: 150.5, valueAdded2025: 40 });
    expect(JSON.parse(res.data?.setZoneTargets.lastChange.before ?? '{}')).toEqual({
      output2025: 120,
      valueAdded2025: 30,
    });
    const bad = await editor(
      `mutation { setZoneTargets(id: "${ZONE}", output2025: -1, valueAdded2025: 1) { id } }`,
    );
    expect(argumentOf(bad)).toBe('output2025');
  });

  it('guards setChainLeader and shows the change as the chain lastChange', async () => {
    const res = await editor<{ setChainLeader: { leader: string; lastChange: Audit } }>(
      `mutation { setChainLeader(chain: "${CHAIN}", leader: "赵六") { leader lastChange { ${AUDIT} } } }`,
    );
    expect(res.errors).toBeUndefined();
    const entry = res.data?.setChainLeader.lastChange;
    expect(entry).toMatchObject({ action: 'setChainLeader', actor: '张三', role: 'editor', entity: CHAIN });
    expect(JSON.parse(entry?.before ?? '{}')).toEqual({ leader: '王五' });
    expect(JSON.parse(entry?.after ?? '{}')).toEqual({ leader: '赵六' });
  });

  it('stores aliases as Alias nodes and rejects a link that is not a product', async () => {
    const add = await editor<{ addAlias: { pool: string; link: { id: string } } }>(
      'mutation ($l: ID!) { addAlias(pool: " 铸造铝合金 ", link: $l) { pool link { id name } } }',
      { l: products[2] },
    );
    expect(add.errors).toBeUndefined();
    expect(add.data?.addAlias).toMatchObject({ pool: '铸造铝合金', link: { id: products[2] } });
    const stored = await db.driver.executeQuery('MATCH (a:Alias {pool: "铸造铝合金"}) RETURN a.link AS link');
    expect(stored.records[0]?.get('link')).toBe(products[2]);
    const bad = await editor('mutation { addAlias(pool: "x", link: "prod-nope") { pool } }');
    expect(argumentOf(bad)).toBe('link');
    const removed = await editor<{ removeAlias: boolean }>('mutation { removeAlias(pool: "铸造铝合金") }');
    expect(removed.data?.removeAlias).toBe(true);
    const entry = await lastAudit('铸造铝合金');
    expect(entry).toMatchObject({ action: 'removeAlias', after: null });
    expect(JSON.parse(entry.before ?? '{}')).toEqual({ link: products[2] });
    const again = await editor<{ removeAlias: boolean }>('mutation { removeAlias(pool: "铸造铝合金") }');
    expect(again.data?.removeAlias).toBe(false);
  });

  it('lists the audit trail newest first', async () => {
    const res = await viewer<{ audit: Audit[] }>(`{ audit(first: 500) { ${AUDIT} } }`);
    const times = res.data?.audit.map((a) => Date.parse(a.at)) ?? [];
    expect(times.length).toBeGreaterThan(5);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(codeOf(await viewer('{ audit(first: 0) { id } }'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await anonymous('{ audit(first: 5) { id } }'))).toBe('FORBIDDEN');
  });
});

describe('staleness', () => {
  const Q = `query ($c: ID!, $z: ID!) {
    chain(id: $c) { updatedAt stale }
    zone(id: $z) { updatedAt stale }
    other: zone(id: "zone-qijiang-hitech") { updatedAt stale lastChange { id } }
  }`;

  it('dates seeded facts to the plan (2023-02-01) and edited ones to their last change', async () => {
    type R = Record<'chain' | 'zone' | 'other', { updatedAt: string; stale: boolean; lastChange?: unknown }>;
    const months = async (staleAfterMonths: number) =>
      (await graphqlClient(db, { settings: { staleAfterMonths } })<R>(Q, { c: CHAIN, z: ZONE })).data;
    const short = await months(1);
    expect(short?.other).toEqual({ updatedAt: '2023-02-01', stale: true, lastChange: null });
    expect(short?.zone.stale).toBe(false);
    expect(Date.now() - Date.parse(short?.zone.updatedAt ?? '')).toBeLessThan(10 * 60_000);
    expect(short?.chain.stale).toBe(false);
    // Staleness follows the plan's period: an unedited fact of the 十四五 plan (2021–2025) is stale once the plan
    // has ended, however long STALE_AFTER_MONTHS is (server/domain/staleness.ts factStale).
    const long = await months(1200);
    expect(long?.other.stale).toBe(new Date().getUTCFullYear() > 2025);
  });
});
