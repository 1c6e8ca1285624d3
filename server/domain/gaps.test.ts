import { describe, expect, it } from 'vitest';
import type { EnterpriseModel, ProjectModel } from '../graphql/models.ts';
import { candidatesFor, listedKinds } from './gaps.ts';

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

describe('gap candidates: plan targets of another district', () => {
  // Found by the multi-district audit: in 秀山's scope, 綦江区's plan targets for 再生铝 read “规划点名的「再生铝」
  // 招引对象”, as if 秀山's plan named them, and counted in the gap's priority.
  const target = (
    id: string,
    name: string,
    district: { id: string; name: string; ours: boolean } | null,
  ) => ({
    enterprise: enterprise({ id, name, local: false }),
    via: null,
    source: `s-${id}`,
    district,
  });
  it("lists the scope's own plan's targets first; another district's after them, folded, saying whose plan", () => {
    const out = candidatesFor('再生铝', {
      targets: [
        target('a', '甲', { id: 'region-500110', name: '綦江区', ours: false }),
        target('b', '乙', { id: 'region-500241', name: '秀山土家族苗族自治县', ours: true }),
        target('c', '丙', null),
      ],
      projects: [],
      pool: [],
    });
    expect(out.map((c) => [c.enterprise?.name, c.folded, c.reason])).toEqual([
      ['丙', false, '规划点名的「再生铝」招引对象'],
      ['乙', false, '规划点名的「再生铝」招引对象'],
      ['甲', true, '綦江区规划点名的「再生铝」招引对象'],
    ]);
    // Only the scope's own targets count in the priority.
    expect(listedKinds(out).length).toBe(2);
  });
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
    expect(out[3]?.reason).toBe('主营产品 再生铝，占主营业务 42.0%（名称一致）');
    expect(out.map((c) => c.fit)).toEqual([1, 0.9, 0.8, 0.294]);
    expect(out[2]?.place).toEqual({ province: null, city: null, label: '北渡组团', basis: '图谱区域' });
  });

  it('ranks pool firms by share, exact before alias at the same share; folds weak and surplus ones', () => {
    const pool = (id: string, weight: number, basis = 'exact', fullName: string | null = null) => ({
      enterprise: enterprise({ id, name: id, origin: 'pool', fullName }),
      weight,
      productName: '铝锭',
      basis,
    });
    const rows = [
      pool('文化', 0.03),
      pool('别名', 0.5, 'alias'),
      pool('云铝', 0.5, 'exact', '云南铝业股份有限公司'),
      ...Array.from({ length: 10 }, (_, i) => pool(`厂${String(i).padStart(2, '0')}`, 0.2 + i / 100)),
    ];
    const out = candidatesFor('铝锭', { targets: [], projects: [], pool: rows });
    const names = out.map((c) => c.enterprise?.name);
    expect(names.slice(0, 3)).toEqual(['云铝', '别名', '厂09']);
    // Ten listed; the eleventh strong one and the 3 % one are folded, and no folded one comes before a listed one.
    expect(out.filter((c) => !c.folded)).toHaveLength(10);
    expect(out.at(-1)).toMatchObject({ folded: true, enterprise: { name: '文化' } });
    expect(out.at(-1)?.reason).toContain('低于 10.0%');
    const firstFolded = out.findIndex((c) => c.folded);
    expect(out.slice(firstFolded).every((c) => c.folded)).toBe(true);
    expect(out[0]?.place).toMatchObject({ province: '云南省', label: '云南省', basis: '注册名称' });
  });
  it('is empty when nothing could fill the link', () => {
    expect(candidatesFor('铝灰', { targets: [], projects: [], pool: [] })).toEqual([]);
  });
});

describe('listedKinds', () => {
  const rows = (others: number) => ({
    targets: [{ enterprise: enterprise({ id: 't', name: '甲' }), via: null, source: null }],
    pool: [],
    projects: [],
    others: Array.from({ length: others }, (_, i) => ({
      enterprise: enterprise({ id: `o${i}`, name: `外${i}`, local: true }),
      zone: { id: 'z', name: '园', kind: '园区' },
      district: null,
      city: null,
      province: null,
      distance: 3,
      source: null,
    })),
  });
  const kinds = (ks: { kind: string }[]) => ks.map((k) => k.kind);
  it('counts 外区企业 from their number as a read list would list them (the first 5), both ways the same', () => {
    for (const n of [0, 1, 5, 7, 20]) {
      const read = candidatesFor('铝锭', rows(n));
      const counted = candidatesFor('铝锭', rows(0));
      // A read list holds at most 20 of them; the count says how many there are.
      expect(kinds(listedKinds(counted, n))).toEqual(kinds(listedKinds(read)));
      expect(kinds(listedKinds(counted, n + 100)).length).toBe(1 + 5);
    }
    expect(kinds(listedKinds(candidatesFor('铝锭', rows(0)), null))).toEqual(['PLAN_TARGET']);
  });
});

describe("a project of another district's plan", () => {
  it('outside the scope and without a zone, says whose plan it is, not 区域未载明', () => {
    // Seen as an officer of 秀山 upstream of 回收利用: 綦江区's 锂离子电池材料项目 (its plan names no zone) was
    // folded under 负极材料 as “不在当前范围（区域未载明）”, as if it were a project of 秀山 without a zone.
    const [c] = candidatesFor(
      '负极材料',
      {
        targets: [],
        pool: [],
        projects: [
          {
            project: project({ id: 'proj-li', name: '锂离子电池材料项目', status: '规划' }),
            source: 's1',
            district: { id: 'region-500110', name: '綦江区' },
          },
        ],
      },
      new Set(),
    );
    expect(c?.folded).toBe(true);
    expect(c?.reason).toBe('规划项目，不在当前范围（綦江区，区域未载明），未计入状态');
    expect(c?.place?.label).toBe('綦江区');
  });

  it('counted in the scope without a zone, keeps no place (the scope is where it is)', () => {
    const [c] = candidatesFor('负极材料', {
      targets: [],
      pool: [],
      projects: [{ project: project(), source: 's1', district: { id: 'region-500110', name: '綦江区' } }],
    });
    expect(c?.folded).toBe(false);
    expect(c?.place).toBeNull();
  });
});

describe('外区企业 in a 直辖市', () => {
  const other = (province: string | null, distance: number) => ({
    enterprise: enterprise({ id: `e-${province}-${distance}`, name: '秀山县昇华铝业有限公司', local: true }),
    zone: { id: 'region-500241', name: '秀山土家族苗族自治县', kind: '区县' },
    district: { id: 'region-500241', name: '秀山土家族苗族自治县', kind: '区县' },
    city: null,
    province,
    distance,
    source: null,
  });
  it('are 同市, not 同省, for another district of 重庆市; 同省 elsewhere', () => {
    // Seen as an officer of 綦江区 upstream of 压铸件: 秀山's 铝锭 firm read “图谱内同省其他区县的本地企业”;
    // 重庆市 is a province-level city, whose districts are 市内其他区县.
    const rows = { targets: [], pool: [], projects: [] };
    const [cq] = candidatesFor('铝锭', { ...rows, others: [other('重庆市', 2)] }, new Set());
    expect(cq?.reason).toBe('图谱内同市其他区县的本地企业，生产「铝锭」，位于秀山土家族苗族自治县');
    const [sc] = candidatesFor('铝锭', { ...rows, others: [other('四川省', 2)] }, new Set());
    expect(sc?.reason).toContain('图谱内同省其他区县');
  });
});

describe('a project candidate without a status', () => {
  // Found by the multi-district audit: the same project read 规划项目 here, 状态未明 in search and the briefing,
  // 状态未载明 in the inspector. 规划 is a status of its own (vocab/project.ts); an unstated one is not it.
  it('says 状态未载明 (the one wording), never 规划', () => {
    const [c] = candidatesFor('负极材料', {
      targets: [],
      pool: [],
      projects: [{ project: project({ status: null }), source: 's1' }],
    });
    expect(c?.reason).toBe('项目（状态未载明）');
  });
});
