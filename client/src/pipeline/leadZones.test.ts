import { describe, expect, it } from 'vitest';
import { leadZoneOptions, optionText } from './leadZones.ts';

const z = (id: string, name: string, parent: string | null, kind = '组团') => ({
  id,
  name,
  kind,
  parent: parent ? { id: parent } : null,
});
const qijiang = z('region-500110', '綦江区', 'region-500000', '区县');
const inside = [
  z('zone-beidu', '北渡组团', 'zone-hitech'),
  z('zone-hitech', '高新区', 'region-500110', '高新区'),
  z('zone-anwen', '安稳组团', 'region-500110'),
  z('zone-park', '北渡铝产业园', 'zone-beidu', '园区'),
];

describe('the lead form’s zones', () => {
  it('lists the district, then its zones each under its parent, indented by depth', () => {
    const out = leadZoneOptions(z('zone-beidu', '北渡组团', 'zone-hitech'), qijiang, inside);
    expect(out.map(optionText)).toEqual([
      '綦江区',
      '\u3000安稳组团',
      '\u3000高新区',
      '\u3000\u3000北渡组团',
      '\u3000\u3000\u3000北渡铝产业园',
    ]);
  });

  it('puts the scope’s own zone first when it lies outside the district, and picked zones last, each once', () => {
    const province = z('region-500000', '重庆市', null, '省');
    const nanchuan = z('zone-nc-park', '南川工业园', 'region-500119', '园区');
    expect(leadZoneOptions(province, null, [], [nanchuan, nanchuan]).map((o) => o.id)).toEqual([
      'region-500000',
      'zone-nc-park',
    ]);
    const again = leadZoneOptions(null, qijiang, inside, [z('zone-anwen', '安稳组团', 'region-500110')]);
    expect(again.filter((o) => o.id === 'zone-anwen')).toHaveLength(1);
  });
});
