import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import {
  clearDb,
  createToken,
  type GqlResponse,
  graphCounts,
  graphqlClient,
  resetAndSeed,
  testDb,
} from '../helpers.ts';

const CHAIN = 'chain-scrap-aluminium-recycling';
const ZONE = 'zone-beidu';
const LINK = 'p-铝锭';

type Gql = ReturnType<typeof graphqlClient>;
let db: Db;
let anonymous: Gql;
let viewer: Gql;
let editor: Gql;

const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const argumentOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.argument;

const LEAD =
  'id firmName stage open owner overdue linkStatus project { id name status } link { id } zone { id }';
const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD} } }`;
const MOVE = `mutation ($id: ID!, $stage: LeadStage!, $reason: String!) { moveLead(id: $id, stage: $stage, reason: $reason) { ${LEAD} } }`;

interface Lead {
  id: string;
  stage: string;
  open: boolean;
  overdue: boolean;
  linkStatus: string;
  project: { id: string; name: string; status: string } | null;
}

async function linkInChain(zone: string) {
  const res = await anonymous<{
    chain: { links: { product: { id: string }; status: string; reason: { summary: string } }[] };
  }>(
    'query ($id: ID!, $zone: ID) { chain(id: $id, zone: $zone) { links { product { id } status reason { summary } } } }',
    {
      id: CHAIN,
      zone,
    },
  );
  return res.data?.chain.links.find((l) => l.product.id === LINK);
}

beforeAll(async () => {
  db = testDb();
  await clearDb(db);
  await resetAndSeed(db);
  anonymous = graphqlClient(db);
  viewer = graphqlClient(db, { token: await createToken(db, 'viewer', '观察员') });
  editor = graphqlClient(db, { token: await createToken(db, 'editor', '王招商') });
});
afterAll(async () => {
  await db.close();
});

describe('the pipeline closes the loop', () => {
  let leadId = '';

  it('opens a lead on the 铝锭 gap of 北渡组团 for a typed-in firm', async () => {
    expect((await linkInChain(ZONE))?.status).toBe('MISSING');
    const res = await editor<{ createLead: Lead }>(CREATE, {
      input: {
        link: LINK,
        zone: ZONE,
        firmName: '华东铝业',
        owner: '王招商',
        investment: 12.5,
        capacity: 20,
        capacityUnit: '万吨',
        nextStep: '电话约见',
        nextStepDate: '2020-01-02',
      },
    });
    expect(res.errors).toBeUndefined();
    const lead = res.data?.createLead as Lead;
    expect(lead).toMatchObject({
      stage: 'CLUE',
      open: true,
      overdue: true,
      linkStatus: 'MISSING',
      project: null,
    });
    leadId = lead.id;
  });

  it('moves through the stages to 签约, which makes a project the link status counts, naming the lead', async () => {
    for (const stage of ['CONTACT', 'VISIT', 'NEGOTIATION']) {
      const res = await editor<{ moveLead: Lead }>(MOVE, { id: leadId, stage, reason: `进入${stage}` });
      expect(res.errors).toBeUndefined();
      expect(res.data?.moveLead.stage).toBe(stage);
    }
    const signed = await editor<{ moveLead: Lead }>(MOVE, {
      id: leadId,
      stage: 'SIGNED',
      reason: '签订投资协议',
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.moveLead).toMatchObject({
      stage: 'SIGNED',
      open: false,
      overdue: false,
      linkStatus: 'WEAK',
    });
    expect(signed.data?.moveLead.project).toMatchObject({ name: '华东铝业铝锭项目', status: '签约' });
    const link = await linkInChain(ZONE);
    expect(link?.status).toBe('WEAK');
    expect(link?.reason.summary).toContain('华东铝业铝锭项目（招商线索，负责人 王招商）');
  });

  it('records every transition in the audit trail, with who and why', async () => {
    const res = await viewer<{ lead: { history: { action: string; actor: string; after: string }[] } }>(
      'query ($id: ID!) { lead(id: $id) { history { action actor after } } }',
      { id: leadId },
    );
    const history = res.data?.lead.history ?? [];
    expect(history.map((h) => h.action)).toEqual([
      'moveLead',
      'moveLead',
      'moveLead',
      'moveLead',
      'createLead',
    ]);
    expect(history.every((h) => h.actor === '王招商')).toBe(true);
    expect(JSON.parse(history[0]?.after ?? '{}')).toMatchObject({ stage: 'SIGNED', reason: '签订投资协议' });
  });

  it('shows the leads per link on the chain and the month’s health', async () => {
    const res = await anonymous<{
      chain: {
        leadCounts: { product: { id: string }; open: number; stages: { stage: string; count: number }[] }[];
        health: { month: string; weak: number; missing: number }[];
      };
    }>(
      'query ($id: ID!, $zone: ID) { chain(id: $id, zone: $zone) { leadCounts { product { id } open stages { stage count } } health(months: 3) { month weak missing } } }',
      { id: CHAIN, zone: ZONE },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.chain.leadCounts).toEqual([
      { product: { id: LINK }, open: 0, stages: [{ stage: 'SIGNED', count: 1 }] },
    ]);
    const [before, , now] = res.data?.chain.health ?? [];
    expect((now?.weak ?? 0) - (before?.weak ?? 0)).toBe(1);
    expect((before?.missing ?? 0) - (now?.missing ?? 0)).toBe(1);
  });

  it('refuses to leave 签约 once the project is 在建, and lets a viewer change nothing', async () => {
    const lead = await anonymous<{ lead: Lead }>(`query ($id: ID!) { lead(id: $id) { ${LEAD} } }`, {
      id: leadId,
    });
    const project = lead.data?.lead.project?.id as string;
    const building = await editor(
      'mutation ($id: ID!) { setProjectStatus(id: $id, status: "在建") { id } }',
      {
        id: project,
      },
    );
    expect(building.errors).toBeUndefined();
    const back = await editor(MOVE, { id: leadId, stage: 'NEGOTIATION', reason: '协议作废' });
    expect(codeOf(back)).toBe('BAD_USER_INPUT');
    expect(back.errors?.[0]?.message).toContain('already 在建');
    const counts = await graphCounts(db);
    const forbidden = await viewer(MOVE, { id: leadId, stage: 'CONTACT', reason: '试图回退' });
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    expect(await graphCounts(db)).toEqual(counts);
    const still = await anonymous<{ lead: Lead }>(`query ($id: ID!) { lead(id: $id) { stage } }`, {
      id: leadId,
    });
    expect(still.data?.lead.stage).toBe('SIGNED');
  });

  it('undoes a signature while the project is only 签约: the project it made is removed', async () => {
    const res = await editor<{ createLead: Lead }>(CREATE, {
      input: { link: 'p-再生铝', zone: 'zone-anwen', firmName: '西南再生', owner: '王招商' },
    });
    const id = res.data?.createLead.id as string;
    const signed = await editor<{ moveLead: Lead }>(MOVE, { id, stage: 'SIGNED', reason: '直接签约' });
    const project = signed.data?.moveLead.project?.id as string;
    expect(project).toMatch(/^proj-lead-/);
    const back = await editor<{ moveLead: Lead }>(MOVE, { id, stage: 'NEGOTIATION', reason: '协议未生效' });
    expect(back.errors).toBeUndefined();
    expect(back.data?.moveLead.project).toBeNull();
    const r = await db.driver.executeQuery('MATCH (p:Project {id: $id}) RETURN count(p) AS n', {
      id: project,
    });
    expect(Number(r.records[0]?.get('n'))).toBe(0);
  });
});

describe('bad leads get clear errors', () => {
  it('names the link, the zone or the firm that does not exist, and writes nothing', async () => {
    const counts = await graphCounts(db);
    const base = { link: LINK, zone: ZONE, firmName: '某铝业', owner: '王招商' };
    const noLink = await editor(CREATE, { input: { ...base, link: 'p-不存在' } });
    expect([codeOf(noLink), argumentOf(noLink)]).toEqual(['BAD_USER_INPUT', 'input.link']);
    expect(noLink.errors?.[0]?.message).toContain('p-不存在');
    const noZone = await editor(CREATE, { input: { ...base, zone: 'zone-nowhere' } });
    expect([codeOf(noZone), argumentOf(noZone)]).toEqual(['BAD_USER_INPUT', 'input.zone']);
    const noFirm = await editor(CREATE, { input: { ...base, firm: 'ent-nobody' } });
    expect([codeOf(noFirm), argumentOf(noFirm)]).toEqual(['BAD_USER_INPUT', 'input.firm']);
    const badDate = await editor(CREATE, { input: { ...base, nextStepDate: '2026-02-30' } });
    expect([codeOf(badDate), argumentOf(badDate)]).toEqual(['BAD_USER_INPUT', 'input.nextStepDate']);
    const viewerCreate = await viewer(CREATE, { input: base });
    expect(codeOf(viewerCreate)).toBe('FORBIDDEN');
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('reads leads only with a token when READ_REQUIRES_TOKEN is on', async () => {
    const locked = graphqlClient(db, { settings: { readRequiresToken: true } });
    expect(codeOf(await locked('{ leads { id } }'))).toBe('FORBIDDEN');
    const res = await anonymous<{ leads: { id: string }[] }>('query { leads(zone: "zone-beidu") { id } }');
    expect(res.data?.leads.length).toBe(1);
    expect(codeOf(await anonymous('{ leads(zone: "zone-nowhere") { id } }'))).toBe('NOT_FOUND');
  });
});
