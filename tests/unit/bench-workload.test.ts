import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypherCall, RAW_STEPS, workload } from '../../bench/api.ts';
import type { NationalGraph } from '../../bench/data/graph.ts';
import { query } from '../../cypher/index.ts';

// The smallest graph the workload draws from: a province, a district with a firm, two chains of two stages.
const zone = (id: string, kind: string) => ({ id, name: id, kind, district: null, code: null });
const g = {
  industries: [{ id: 'i', name: '铝', position: 1 }],
  chains: ['nc-0', 'nc-1'].map((id) => ({
    id,
    name: id,
    expression: '铝土矿-铝锭',
    industry: 'i',
    position: 1,
    stageCount: 2,
  })),
  products: [
    { id: 'np-1', name: '铝土矿' },
    { id: 'np-2', name: '铝锭' },
  ],
  zones: [zone('region-110000', '省'), zone('region-110101', '区县')],
  documents: [],
  enterprises: [
    {
      id: 'ne-1',
      name: '华泰新材料',
      fullName: '华泰新材料有限公司',
      local: true,
      origin: 'bench',
      district: 'region-110101',
      industries: ['i'],
      code: null,
      exchange: null,
    },
  ],
  projects: [],
  partOf: [{ zone: 'region-110101', parent: 'region-110000' }],
  hasLink: ['nc-0', 'nc-1'].flatMap((chain) => [
    { chain, product: 'np-1', stage: 1 },
    { chain, product: 'np-2', stage: 2 },
  ]),
  feeds: [{ from: 'np-1', to: 'np-2', chains: ['nc-1'] }],
  locatedIn: [{ enterprise: 'ne-1', zone: 'region-110101' }],
  produces: [{ enterprise: 'ne-1', product: 'np-2' }],
  builds: [],
  inZone: [],
  mainProduct: [],
  targetFor: [],
  forDistrict: [],
  inPlan: [],
  seeks: [],
} satisfies NationalGraph;

describe('bench workload: the raw side runs every step it is given', () => {
  it('names only steps cypherCall runs itself or Cypher files, for every operation', () => {
    const calls = Object.values(workload(g, 20)).flat();
    expect(new Set(calls.map((c) => c.op))).toEqual(
      new Set(['chain_view', 'upstream_gaps', 'enterprises_page', 'search']),
    );
    const names = new Set<string>();
    for (const c of calls)
      for (const step of c.raw) {
        names.add(step.name);
        if (step.name === '$parallel') for (const n of Object.keys(step.params)) names.add(n);
      }
    for (const name of names) {
      if (name.startsWith('$')) expect(RAW_STEPS as readonly string[], name).toContain(name);
      else expect(() => query(name), name).not.toThrow();
    }
    // The steps the upstream view's resolver runs, in its order.
    const up = calls.find((c) => c.op === 'upstream_gaps');
    expect(up?.raw.map((s) => s.name)).toEqual(['$walk', '$gaps']);
  });

  it('runs every call of the workload through cypherCall without a step it cannot run', async () => {
    // A driver that answers every statement with no rows: the harness's own dispatch is what is tested here
    // (the statements themselves run against Neo4j in every `npm run bench`).
    const sent: string[] = [];
    const driver = {
      executeQuery: async (text: string) => {
        sent.push(text);
        return { records: [], summary: {} };
      },
    } as unknown as Driver;
    for (const c of Object.values(workload(g, 20)).flat()) await cypherCall(driver, c);
    expect(sent.length).toBeGreaterThan(80);
    await expect(
      cypherCall(driver, { ...workload(g, 1).search[0], raw: [{ name: '$nope', params: {} }] } as never),
    ).rejects.toThrow('no raw step $nope');
  });
});
