import { describe, expect, it } from 'vitest';
import { type End, type GNode, type GRel, planWithdrawal, type WithdrawInputs } from './withdrawPlan.ts';

const D = 'doc-import-d';
const node = (id: string, label: string, sources: string[], extra: Record<string, unknown> = {}): GNode => ({
  key: `k-${id}`,
  id,
  labels: [label],
  props: { id, name: id, sources, origin: 'import', ...extra },
});
const end = (n: GNode | { id: string; labels: string[] }): End => ({
  key: `k-${n.id}`,
  id: n.id,
  name: n.id,
  labels: n.labels,
});
const rel = (type: string, a: GNode | End, b: GNode | End, props: Record<string, unknown> = {}): GRel => ({
  key: `r-${a.id}-${type}-${b.id}`,
  type,
  props,
  a: 'key' in a && !('props' in a) ? a : end(a),
  b: 'key' in b && !('props' in b) ? b : end(b),
});

function inputs(nodes: GNode[], rels: GRel[], more: Partial<WithdrawInputs> = {}): WithdrawInputs {
  return {
    document: D,
    sources: new Set(['d1', 'd2']),
    nodes,
    rels,
    edited: new Set(),
    aliased: new Set(),
    entries: [],
    sourceDocs: new Map([
      ['a1', { doc: 'doc-import-a', title: '甲规划', kind: 'import' }],
      ['s1', { doc: 'doc-seed', title: '种子规划', kind: 'seed' }],
      ['t1', { doc: 'doc-table', title: '企业表', kind: 'table' }],
    ]),
    targets: new Set(),
    districts: new Set(['region-d']),
    legacy: false,
    ...more,
  };
}

const gone = (plan: ReturnType<typeof planWithdrawal>) => plan.deleteNodes.map((k) => k.slice(2)).sort();

describe('planWithdrawal', () => {
  it('removes what only the plan states; what another plan or a table states stays, with the reason', () => {
    const z = node('zone-new', 'Zone', ['d1']);
    const shared = node('zone-shared', 'Zone', ['a1', 'd1']);
    const firm = node('ent-1', 'Enterprise', ['d2', 't1'], { local: true });
    const plan = planWithdrawal(inputs([z, shared, firm], []));
    expect(gone(plan)).toEqual(['zone-new']);
    expect(plan.kept).toEqual([
      { kind: 'zones', id: 'zone-shared', name: 'zone-shared', reasons: ['OTHER_PLAN'], by: ['甲规划'] },
      { kind: 'firms', id: 'ent-1', name: 'ent-1', reasons: ['TABLE'], by: ['企业表'] },
    ]);
    expect(plan.nodeSources).toContainEqual({ key: 'k-zone-shared', sources: ['a1'] });
  });

  it('a lead, an edit or an alias keeps a node the plan alone stated', () => {
    const link = node('p-x', 'Product', ['d1'], { origin: undefined });
    const firm = node('ent-2', 'Enterprise', ['d1'], { local: true });
    const alias = node('p-y', 'Product', ['d1'], { origin: undefined });
    const lead = { key: 'k-lead', id: 'lead-1', name: null, labels: ['Lead'] };
    const plan = planWithdrawal(
      inputs([link, firm, alias], [rel('FOR_LINK', lead, link)], {
        edited: new Set(['ent-2']),
        aliased: new Set(['p-y']),
      }),
    );
    expect(gone(plan)).toEqual([]);
    expect(plan.kept.map((k) => [k.id, k.reasons])).toEqual([
      ['p-x', ['LEAD']],
      ['ent-2', ['EDITED']],
      ['p-y', ['ALIAS']],
    ]);
  });

  it('a chain goes under an industry that stays; an industry with another plan’s chain stays', () => {
    const kept = { id: 'ind-old', labels: ['Industry'] };
    const chain = node('chain-d', 'Chain', ['d1']);
    const industry = node('ind-d', 'Industry', ['d1']);
    const other = { id: 'chain-a', labels: ['Chain'] };
    const plan = planWithdrawal(
      inputs([chain, industry], [rel('HAS_CHAIN', end(kept), chain), rel('HAS_CHAIN', industry, end(other))]),
    );
    expect(gone(plan)).toEqual(['chain-d']);
    expect(plan.kept).toEqual([expect.objectContaining({ id: 'ind-d', reasons: ['IN_USE'] })]);
  });

  it('nodes tied only to each other go together (a zone and the firm located in it, both the plan’s)', () => {
    const z = node('zone-d', 'Zone', ['d1']);
    const f = node('ent-d', 'Enterprise', ['d1'], { local: true });
    const p = node('proj-d', 'Project', ['d2']);
    const plan = planWithdrawal(
      inputs([z, f, p], [rel('LOCATED_IN', f, z, { plans: [D] }), rel('IN_ZONE', p, z, { source: 'd2' })]),
    );
    expect(gone(plan)).toEqual(['ent-d', 'proj-d', 'zone-d']);
  });

  it('an edge keeps the other plans’ sources; the seed’s own edge gets back its shape (source only)', () => {
    const a = node('ent-a', 'Enterprise', ['a1', 'd1'], { local: true });
    const s = node('ent-s', 'Enterprise', ['s1', 'd1'], { local: true });
    const p = { id: 'p-x', labels: ['Product'] };
    const r1 = rel('PRODUCES', a, end(p), { source: 'd1', sources: ['d1', 'a1'] });
    const r2 = rel('PRODUCES', s, end(p), { source: 's1', sources: ['s1', 'd2'] });
    const r3 = rel('LOCATED_IN', a, end({ id: 'region-1', labels: ['Zone'] }), { plans: [D] });
    const r4 = rel('LOCATED_IN', s, end({ id: 'region-1', labels: ['Zone'] }), {
      plans: ['doc-import-a', D],
    });
    const r5 = rel('LOCATED_IN', a, end({ id: 'zone-a', labels: ['Zone'] }), {
      source: 'd1',
      sources: ['d1'],
    });
    const seeks = rel('SEEKS', end({ id: 'region-1', labels: ['Zone'] }), end(p), { sources: ['a1', 'd1'] });
    const plan = planWithdrawal(inputs([a, s], [r1, r2, r3, r4, r5, seeks]));
    expect(plan.relUpdates).toEqual([
      { key: r1.key, props: { source: 'a1', sources: ['a1'] } },
      { key: r2.key, props: { source: 's1', sources: null } },
      { key: r4.key, props: { plans: ['doc-import-a'] } },
      // SEEKS lists its sources only: it gets no `source`.
      { key: seeks.key, props: { sources: ['a1'] } },
    ]);
    expect(plan.deleteRels).toEqual([r3.key, r5.key]);
  });

  it('a figure goes back to its value before the plan only while it still holds the plan’s', () => {
    const z1 = node('zone-1', 'Zone', ['a1', 'd1'], { output2025: 450 });
    const z2 = node('zone-2', 'Zone', ['a1', 'd1'], { output2025: 999 });
    const entry = (entity: string) => ({
      entity,
      entityType: 'Zone',
      before: { output2025: 420 },
      after: { output2025: 450, document: D },
    });
    const plan = planWithdrawal(inputs([z1, z2], [], { entries: [entry('zone-1'), entry('zone-2')] }));
    expect(plan.restores).toEqual([
      { key: 'k-zone-1', props: { output2025: 420 }, was: { output2025: 450 } },
    ]);
  });
});
