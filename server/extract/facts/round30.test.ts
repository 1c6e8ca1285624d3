import { describe, expect, it } from 'vitest';
import { facts, placed } from './rounds.testing.ts';

// Made-up sentences for round 30's rules (#15): classes of first-reading misses over the blind rounds 25–30
// (docs/EXTRACTION.md, round 30's table). Never a name from a test text.

describe('a verb of going before a zone’s name (round 30)', () => {
  it('前往 ends the words before a park, and the firms seen there are placed in it', () => {
    const f = facts(
      '5月25日下午，县委书记甲乙前往丙丁工业园区调研招商引资企业建设情况。甲乙一行先后实地察看了戊己科技有限公司厂房建设、庚辛建材有限公司生产车间建设等。',
    );
    expect(f.zones.map((z) => z.name)).toEqual(['丙丁工业园区']);
    expect(placed(f)).toEqual(
      expect.arrayContaining(['戊己科技有限公司@丙丁工业园区', '庚辛建材有限公司@丙丁工业园区']),
    );
  });
  it('深入, 赴, 走进 and 来到 end them too', () => {
    for (const verb of ['深入', '赴', '走进', '来到']) {
      const f = facts(`甲县县长乙丙带领相关部门${verb}丁戊镇建材产业园展开调研。`);
      expect(f.zones.map((z) => z.name)).toEqual(['丁戊镇建材产业园']);
    }
  });
});
