import { describe, expect, it } from 'vitest';
import { type GNode, type GRel, planWithdrawal, type WithdrawInputs } from './withdrawPlan.ts';

const D = 'doc-import-d';
const node = (id: string, label: string, sources: string[], extra: Record<string, unknown> = {}): GNode => ({
  key: `k-${id}`,
  id,
  labels: [label],
  props: { id, name: id, sources, origin: 'import', ...extra },
});
const end = (n: { id: string; labels: string[] }) => ({
  key: `k-${n.id}`,
  id: n.id,
  name: n.id,
  labels: n.labels,
});
const rel = (
  type: string,
  a: GNode,
  b: { id: string; labels: string[] },
  props: Record<string, unknown> = {},
): GRel => ({
  key: `r-${a.id}-${type}-${b.id}`,
  type,
  props,
  a: end(a),
  b: end(b),
});
const district = { id: 'region-d', labels: ['Zone'] };

function inputs(nodes: GNode[], rels: GRel[], more: Partial<WithdrawInputs> = {}): WithdrawInputs {
  return {
    document: D,
    sources: new Set(['d1']),
    nodes,
    rels,
    edited: new Set(),
    aliased: new Set(),
    entries: [],
    sourceDocs: new Map([['a1', { doc: 'doc-import-a', title: '甲规划', kind: 'import' }]]),
    targets: new Set(),
    districts: new Set(['region-d']),
    legacy: true,
    ...more,
  };
}

describe('a plan committed before provenance was kept', () => {
  it('an edge holding its quote only, between nodes another plan cites, goes and is listed with that plan', () => {
    const firm = node('ent-1', 'Enterprise', ['a1', 'd1'], { local: true });
    const zone = node('zone-1', 'Zone', ['a1', 'd1']);
    const plan = planWithdrawal(inputs([firm, zone], [rel('LOCATED_IN', firm, zone, { source: 'd1' })]));
    expect(plan.deleteRels).toEqual(['r-ent-1-LOCATED_IN-zone-1']);
    expect(plan.unsure).toEqual([
      { reason: 'LAST_SOURCE_ONLY', outcome: 'removed', name: 'ent-1 → zone-1', fields: [], by: ['甲规划'] },
    ]);
  });

  it('the same edge with every plan’s `sources` (today’s commit) is exact: nothing listed', () => {
    const firm = node('ent-1', 'Enterprise', ['a1', 'd1'], { local: true });
    const zone = node('zone-1', 'Zone', ['a1', 'd1']);
    const edge = rel('LOCATED_IN', firm, zone, { source: 'a1', sources: ['a1', 'd1'] });
    expect(planWithdrawal(inputs([firm, zone], [edge])).unsure).toEqual([]);
  });

  it('an edge whose ends no other document cites was the plan’s alone: nothing listed', () => {
    const firm = node('ent-1', 'Enterprise', ['d1'], { local: true, origin: 'plan' });
    const zone = node('zone-1', 'Zone', ['d1'], { origin: 'plan' });
    const plan = planWithdrawal(inputs([firm, zone], [rel('LOCATED_IN', firm, zone, { source: 'd1' })]));
    expect(plan.deleteRels).toHaveLength(1);
    expect(plan.unsure).toEqual([]);
  });

  it('a bare edge to the district does not keep a node only the plan states; of a node that stays it is listed', () => {
    const own = node('ent-own', 'Enterprise', ['d1'], { local: true });
    const shared = node('zone-shared', 'Zone', ['a1', 'd1']);
    const plan = planWithdrawal(
      inputs([own, shared], [rel('LOCATED_IN', own, district), rel('PART_OF', shared, district)]),
    );
    expect(plan.deleteNodes).toEqual(['k-ent-own']);
    expect(plan.unsure).toEqual([
      { reason: 'NO_PLANS', outcome: 'kept', name: 'zone-shared → region-d', fields: [], by: [] },
    ]);
    // A plan with records: the bare edge was there before it (exact), nothing listed.
    expect(
      planWithdrawal(inputs([own, shared], [rel('PART_OF', shared, district)], { legacy: false })).unsure,
    ).toEqual([]);
  });

  it('figures on a node that stays are listed unless an entry of the plan accounts for them', () => {
    const zone = node('zone-1', 'Zone', ['a1', 'd1'], { output2025: 450, targetYear: 2025 });
    const region = node('region-d', 'Zone', ['d1'], { kind: '区县', output2025: 1500 });
    const plan = planWithdrawal(inputs([zone, region], []));
    expect(plan.unsure).toEqual([
      {
        reason: 'NO_FIGURE_AUDIT',
        outcome: 'kept',
        name: 'zone-1',
        fields: ['output2025', 'targetYear'],
        by: [],
      },
    ]);
    const entry = {
      entity: 'zone-1',
      entityType: 'Zone',
      before: { output2025: 420 },
      after: { output2025: 450, document: D },
    };
    expect(planWithdrawal(inputs([zone], [], { entries: [entry] })).unsure).toEqual([]);
    expect(planWithdrawal(inputs([zone], [], { legacy: false })).unsure).toEqual([]);
  });
});
