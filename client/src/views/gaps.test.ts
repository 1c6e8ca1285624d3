import { describe, expect, it } from 'vitest';
import type { RankedCandidateFragment } from '../api/types.generated.ts';
import { byPlace } from './gaps.tsx';

const c = (
  name: string,
  province: string | null,
  city: string | null,
  district: string | null = null,
): RankedCandidateFragment => ({
  kind: district ? 'OTHER_DISTRICT' : 'POOL_ENTERPRISE',
  reason: '',
  fit: 0.5,
  folded: false,
  place: province ? { province, city, label: `${province}${city ?? ''}`, basis: '注册名称' } : null,
  district: district ? { id: district, name: district } : null,
  enterprise: { id: name, name, local: district !== null },
  project: null,
  source: null,
});

describe('grouping candidates by place (从哪里招)', () => {
  it('groups by province and city, a 外区企业 also by its district, in the order of each group’s best', () => {
    const groups = byPlace([
      c('南山铝业', '山东省', '烟台市'),
      c('哈斯特', '重庆市', null, '綦江区'),
      c('重庆某铝业', '重庆市', null),
      c('南川乙', '重庆市', null, '南川区'),
      c('烟台某材料', '山东省', '烟台市'),
      c('无名', null, null),
    ]);
    expect(groups.map(([key, cs]) => [key, cs.map((x) => x.enterprise?.name)])).toEqual([
      ['山东省烟台市', ['南山铝业', '烟台某材料']],
      ['重庆市綦江区', ['哈斯特']],
      ['重庆市', ['重庆某铝业']],
      ['重庆市南川区', ['南川乙']],
      ['地区未载明', ['无名']],
    ]);
  });
});
