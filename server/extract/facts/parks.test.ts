import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';
import { makeDoc } from '../text.ts';
import { proposeDistrict } from './district.ts';

describe('plan facts: 功能区 parks, headings, descriptions and honours, N×M capacities, county names that are words', () => {
  const plan = [
    '一、基本情况',
    '甲乙经济开发区是2010年经某省人民政府批准设立省级经济开发区,是某市首个县域省级开发区。基本建成了新材料、装备制造两大工业园区,成功申报为“某省新型工业化产业示范基地”、“某省循环经济示范园区”。',
    '二、产业布局',
    '新材料综合利用功能区:规划用地2.1平方公里,以丙丁有限公司的2×30万吨焦化项目为龙头。目前该功能区已入住企业5家,是某省唯一一个新材料综合利用功能区。',
    '装备制造集聚功能区:规划用地1.2平方公里,形成以戊己科技为龙头企业的产业集群。',
  ].join('\n');
  const f = extract(plan, '甲乙经济开发区简介').facts;

  it('reads parks named 功能区, under the zone whose own plan it is', () => {
    const parent = (n: string) => f.zones.find((z) => z.name === n)?.parent;
    expect(parent('新材料综合利用功能区')).toBe('甲乙经济开发区');
    expect(parent('装备制造集聚功能区')).toBe('甲乙经济开发区');
  });

  it('starts no zone name inside a heading, a predicate, a description, a count, a demonstrative or an honour', () => {
    expect(f.zones.map((z) => z.name).sort()).toEqual(
      ['甲乙经济开发区', '新材料综合利用功能区', '装备制造集聚功能区'].sort(),
    );
  });

  it('places the firms in the 功能区 that names them', () => {
    expect(f.firms.map((x) => [x.name, x.zone])).toEqual([
      ['丙丁有限公司', '新材料综合利用功能区'],
      ['戊己科技', '装备制造集聚功能区'],
    ]);
  });

  it('reads N×M 万吨 as N·M, named by its clause (ASCII commas separate clauses)', () => {
    const p = f.projects.map((x) => [x.value, x.unit, x.product, x.name]);
    expect(p).toEqual([[60, '万吨/年', '焦化', '丙丁有限公司2×30万吨焦化项目']]);
    const yearly = extract('推进年产2×20万吨合成氨项目建设。', '某区规划').facts.projects;
    expect(yearly.map((x) => [x.value, x.unit, x.product])).toEqual([[40, '万吨/年', '合成氨']]);
  });

  it('a heading numbered inside a run of name characters starts no name before it', () => {
    const text =
      '形成城西健康产业核心区和东山工业发展辅助区\n（一）园区发展基础。东山工业发展辅助区有企业3家。';
    const names = extract(text, '某区规划').facts.zones.map((z) => z.name);
    expect(names.filter((n) => n.includes('（一）'))).toEqual([]);
    expect(names).toContain('东山工业发展辅助区');
  });

  it('does not take a county whose name is a common word from the words of the text (资源县 from 煤资源)', () => {
    const text =
      '依托丰富的煤资源和生物资源，发展资源综合利用产业，资源利用效率提高。旺苍县经济开发区建成了三个园区。';
    expect(proposeDistrict(makeDoc(text), '')?.name).toBe('旺苍县');
    // Written with its suffix, the county is named.
    expect(proposeDistrict(makeDoc('资源县工业园区位于资源县城北。'), '')?.name).toBe('资源县');
    // Nor from the title's words: a file called 再生资源 is about recycling, not 资源县.
    expect(proposeDistrict(makeDoc('发展再生资源产业链，建设铝产业园。'), '再生资源')).toBeNull();
    expect(proposeDistrict(makeDoc('发展再生资源产业链。'), '资源县再生资源规划')?.name).toBe('资源县');
  });
});
