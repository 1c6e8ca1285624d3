import { describe, expect, it } from 'vitest';
import type { EnterpriseModel, ProjectModel } from '../graphql/models.ts';
import { candidatesFor } from './gaps.ts';

const enterprise = (over: Partial<EnterpriseModel> = {}): EnterpriseModel => ({
  id: 'ent-x',
  name: '某铝业',
  fullName: null,
  local: false,
  origin: 'plan',
  ...over,
});
const project = (over: Partial<ProjectModel> = {}): ProjectModel => ({
  id: 'proj-x',
  name: '某项目',
  kind: '产业化项目',
  status: '在建',
  industry: null,
  capacityValues: [],
  capacityUnits: [],
  capacityProducts: [],
  investmentValue: null,
  investmentUnit: null,
  sources: [],
  ...over,
});

describe('gap candidates', () => {
  it('lists plan targets for the link before those for its chain, once each, then projects, then pool firms', () => {
    const out = candidatesFor('再生铝', {
      targets: [
        {
          enterprise: enterprise({ id: 'a', name: '甲' }),
          via: { id: 'chain-1', name: '再生铝产业链' },
          source: 's1',
        },
        { enterprise: enterprise({ id: 'b', name: '乙' }), via: null, source: 's2' },
        {
          enterprise: enterprise({ id: 'b', name: '乙' }),
          via: { id: 'chain-1', name: '再生铝产业链' },
          source: 's3',
        },
      ],
      projects: [
        {
          project: project({
            capacityValues: [10],
            capacityUnits: ['万吨/年'],
            zone: { id: 'z', name: '北渡组团', kind: '组团' },
          }),
          source: 's4',
        },
      ],
      pool: [
        {
          enterprise: enterprise({ id: 'c', name: '丙', origin: 'pool' }),
          weight: 0.42,
          productName: '再生铝',
          basis: 'exact',
        },
      ],
    });
    expect(out.map((c) => [c.kind, c.enterprise?.name ?? c.project?.name])).toEqual([
      ['PLAN_TARGET', '乙'],
      ['PLAN_TARGET', '甲'],
      ['PROJECT', '某项目'],
      ['POOL_ENTERPRISE', '丙'],
    ]);
    expect(out[0]?.reason).toBe('规划点名的「再生铝」招引对象');
    expect(out[1]?.reason).toBe('规划点名的招引对象（再生铝产业链）');
    expect(out[2]?.reason).toBe('在建项目，产能 10 万吨/年，位于北渡组团');
    expect(out[3]?.reason).toBe('主营产品 再生铝，占比 42.0%（匹配：exact）');
  });
  it('is empty when nothing could fill the link', () => {
    expect(candidatesFor('铝灰', { targets: [], projects: [], pool: [] })).toEqual([]);
  });
});
