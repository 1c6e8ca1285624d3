import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 27's rules (#15): the twenty-seventh blind round's misses. Never a name from a test text.

describe('企业如 / 例如 before a firm (round 27)', () => {
  it('starts the firm after 如, and places it in the park its sentence names', () => {
    expect(
      placed(facts('甲县工业园区以包装材料为主导产业。园区内企业如甲乙包装材料有限公司专注环保材料研发。')),
    ).toEqual(['甲乙包装材料有限公司@甲县工业园区']);
    expect(facts('园区培育了一批骨干企业，例如丙丁机械有限公司。').firms.map((f) => f.name)).toEqual([
      '丙丁机械有限公司',
    ]);
  });
});

describe('a 孵化区 written after its park (round 27)', () => {
  it('reads the 孵化区 as the park’s part and places the firm whose project is there in it', () => {
    const f = facts(
      '年产1000万平方米无纺布生产线项目位于甲乙园区中小企业孵化区，由丙丁织业新材料科技有限公司投资兴建。',
    );
    expect(f.zones.map((z) => `${z.name}<${z.parent}>`)).toEqual([
      '甲乙园区<null>',
      '中小企业孵化区<甲乙园区>',
    ]);
    expect(placed(f)).toEqual(['丙丁织业新材料科技有限公司@中小企业孵化区']);
  });
});
