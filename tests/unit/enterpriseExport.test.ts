import { describe, expect, it } from 'vitest';
import { type EnterpriseRow, enterpriseCsv, sortRows } from '../../client/src/views/zone/enterpriseRows.ts';
import type { EnterpriseModel } from '../../server/graphql/models.ts';
import { enterpriseRows } from '../../server/tables/export.ts';
import { ENTERPRISE_HEADERS } from '../../vocab/exportRows.ts';

// Three firms in one zone. Neo4j orders names by code point (北 U+5317, 安 U+5B89, 旗 U+65D7); the screen
// sorts them as Chinese readers do (pinyin: 安 ān, 北 běi, 旗 qí), and so must both exports.
const zone = { id: 'zone-beidu', name: '北渡组团', kind: '组团' };
const industries = new Map([
  ['ind-new-materials', { name: '新材料' }],
  ['ind-equipment', { name: '装备制造' }],
]);
const firms = [
  { id: 'e1', name: '旗能电铝', products: ['电解铝', '原铝'], industries: ['ind-new-materials'] },
  { id: 'e2', name: '北渡铝业', products: ['铝锭'], industries: ['ind-new-materials', 'ind-equipment'] },
  { id: 'e3', name: '安稳齿轮', products: [], industries: ['ind-equipment'], stated: ['齿轮箱壳体'] },
] as { id: string; name: string; products: string[]; industries: string[]; stated?: string[] }[];

const serverModel = (f: (typeof firms)[number]): EnterpriseModel => ({
  id: f.id,
  name: f.name,
  fullName: null,
  local: true,
  origin: 'plan',
  zone,
  products: f.products.map((name) => ({ id: `p-${name}`, name })),
  statedProducts: f.stated ?? [],
  industries: f.industries,
});
const screenRow = (f: (typeof firms)[number]): EnterpriseRow => ({
  id: f.id,
  name: f.name,
  fullName: null,
  local: true,
  zone: { id: zone.id, name: zone.name },
  products: f.products.map((name) => ({ id: `p-${name}`, name })),
  statedProducts: f.stated ?? [],
  industries: f.industries.map((id) => ({ id, name: industries.get(id)?.name ?? '' })),
});

describe('the enterprise export', () => {
  it('is the same table from the server export and the zone page CSV: header, rows and row order', () => {
    const server = enterpriseRows(
      [...firms].sort((a, b) => (a.name < b.name ? -1 : 1)).map(serverModel),
      industries,
    );
    const client = enterpriseCsv([...firms].reverse().map(screenRow));
    expect(client.header).toEqual(ENTERPRISE_HEADERS);
    expect(client.rows).toEqual(server);
  });

  it('lists rows in the order the screen shows them, and industries by name', () => {
    const screen = sortRows(firms.map(screenRow), 'name', 1).map((r) => r.name);
    expect(screen).toEqual(['安稳齿轮', '北渡铝业', '旗能电铝']);
    const rows = enterpriseRows(firms.map(serverModel), industries);
    expect(rows.map((r) => r[0])).toEqual(screen);
    expect(rows[1]).toEqual(['北渡铝业', null, '北渡组团', '铝锭', '新材料、装备制造', null]);
    // A stated product that is no link (未入链产品) goes in 生产环节 too: the exported table imports again as it was.
    expect(rows[0]).toEqual(['安稳齿轮', null, '北渡组团', '齿轮箱壳体', '装备制造', null]);
  });
});
