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
