import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences for round 15's rule (#15): a list closed by 等行业重点企业, read as firms only when most of its
// items have a firm's shape. Never a name from a test text.
const firms = (t: string) => extract(t, '').facts.firms.map((x) => `${x.name}@${x.zone}`);

describe('plan facts: a list closed by 等行业…企业 (round 15)', () => {
  it("reads an industry's leading firms (甲乙、丙丁等行业重点企业为目标)", () => {
    expect(firms('以甲乙传动、丙丁卫星、庚辛视讯、戊己森等行业重点企业为目标，推进智能化改造。')).toEqual([
      '甲乙传动@null',
      '丙丁卫星@null',
      '庚辛视讯@null',
      '戊己森@null',
    ]);
    expect(firms('园区将甲乙传动、丙丁卫星和庚辛视讯等行业骨干企业列为智能化改造示范。')).toEqual([
      '甲乙传动@null',
      '丙丁卫星@null',
      '庚辛视讯@null',
    ]);
  });

  it('reads no firm where most items are industries (新材料、大健康等行业骨干企业)', () => {
    expect(firms('鼓励智能装备、新材料、电子信息和大健康等行业骨干企业建设众创空间。')).toEqual([]);
    expect(firms('鼓励新材料、电子信息、庚辛视讯等行业重点企业建设众创空间。')).toEqual([]);
  });
});
