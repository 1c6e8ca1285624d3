import { describe, expect, it } from 'vitest';
import { PROJECT_STATUSES } from '../../vocab/project.ts';
import { PROJECT_COLUMNS as P } from './columns.ts';
import { planEnterprises, planProjects, type Reference } from './plan.ts';
import type { Table } from './read.ts';

const ref: Reference = { zones: [], products: [], industries: [], enterprises: [], projects: [] };

const projectTable = (statuses: string[]): Table => ({
  headers: [P.name, P.status],
  rows: statuses.map((status, i) => ({ row: i + 2, cells: { [P.name]: `项目${i}`, [P.status]: status } })),
});

describe('project table statuses', () => {
  it('accepts every shared project status, and none', () => {
    const plan = planProjects(projectTable([...PROJECT_STATUSES, '']), ref);
    expect(plan.rejected).toEqual([]);
    expect(plan.rows.map((r) => r.status)).toEqual([...PROJECT_STATUSES, null]);
  });

  it('accepts the plan’s own words 规划 and 建成, which the seed files use', () => {
    expect(planProjects(projectTable(['规划', '建成']), ref).rejected).toEqual([]);
  });

  it('rejects any other word, naming the row, the column and the allowed list', () => {
    const plan = planProjects(projectTable(['在建', '完工']), ref);
    expect(plan.rows.map((r) => r.status)).toEqual(['在建']);
    expect(plan.rejected).toEqual([
      { row: 3, column: P.status, reason: `状态须为 ${PROJECT_STATUSES.join('/')} 之一：「完工」` },
    ]);
  });
});

describe('enterprise table products that are no link', () => {
  const E = { name: '企业名称', links: '生产环节' };
  const table = (links: string): Table => ({
    headers: [E.name, E.links],
    rows: [{ row: 2, cells: { [E.name]: '某县茶业', [E.links]: links } }],
  });
  const withLink: Reference = { ...ref, products: [{ id: 'p-铝锭', name: '铝锭' }] };
  // Found by the multi-district audit: a county without chains could not record its firms' products.
  it('are kept as the firm’s stated products (未入链产品), no link and no error', () => {
    const plan = planEnterprises(table('铝锭、黑茶、黑茶'), withLink);
    expect(plan.rejected).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ products: ['p-铝锭'], statedProducts: ['黑茶'] });
  });
  it('refuse a name no product could have', () => {
    expect(planEnterprises(table('甲'.repeat(101)), withLink).rejected).toHaveLength(1);
    expect(planEnterprises(table('黑\u202e茶'), withLink).rejected).toHaveLength(1);
  });
});

describe('enterprise table industries (所属产业) of several districts', () => {
  const E = { name: '企业名称', zone: '所在区域', industries: '所属产业' };
  // Found walking 中方县's plan after 綦江区's: its firm's 新材料 was bound to 綦江区's industry of that name.
  const twoDistricts: Reference = {
    ...ref,
    zones: [
      { id: 'zone-qj', name: '北渡铝产业园', within: ['zone-qj', 'region-500110', 'region-500000'] },
      { id: 'zone-zf', name: '中方产业开发区', within: ['zone-zf', 'region-431221', 'region-431200'] },
    ],
    industries: [
      { id: 'ind-new-materials', name: '新材料', districts: ['region-500110'] },
      { id: 'ind-431221-unclassified', name: '未归类产业链（中方县）', districts: ['region-431221'] },
    ],
  };
  const row = (zone: string, industries: string): Table => ({
    headers: [E.name, E.zone, E.industries],
    rows: [{ row: 2, cells: { [E.name]: '某企业', [E.zone]: zone, [E.industries]: industries } }],
  });

  it('match only industries of the plans of the region the firm’s zone lies in', () => {
    expect(planEnterprises(row('北渡铝产业园', '新材料'), twoDistricts).rows[0]?.industries).toEqual([
      'ind-new-materials',
    ]);
    const other = planEnterprises(row('中方产业开发区', '新材料'), twoDistricts);
    expect(other.rows).toEqual([]);
    expect(other.rejected).toEqual([
      {
        row: 2,
        column: E.industries,
        reason: '所在区域所属地区的规划中没有产业「新材料」（可填：未归类产业链（中方县））',
      },
    ]);
  });

  it('refuse a name two districts share when the row names no zone, and take a name only one has', () => {
    const both: Reference = {
      ...twoDistricts,
      industries: [
        ...twoDistricts.industries,
        { id: 'ind-431221-x', name: '新材料', districts: ['region-431221'] },
      ],
    };
    expect(planEnterprises(row('', '新材料'), both).rejected[0]?.reason).toBe(
      '产业「新材料」在多个地区的规划中都有，请填写所在区域以确定是哪一个',
    );
    expect(planEnterprises(row('中方产业开发区', '新材料'), both).rows[0]?.industries).toEqual([
      'ind-431221-x',
    ]);
    expect(planEnterprises(row('', '新材料'), twoDistricts).rows[0]?.industries).toEqual([
      'ind-new-materials',
    ]);
    expect(planEnterprises(row('', '农副产品加工'), twoDistricts).rejected[0]?.reason).toBe(
      '未找到产业「农副产品加工」',
    );
  });
});
