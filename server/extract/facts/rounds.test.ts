import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Made-up sentences for the eighth round of #15: the seventh round's leftovers (firms of project lists without a
// company suffix, …), never a name from a test text.
const firms = (t: string) => extract(t, '').facts.firms.map((f) => f.name);

describe('plan facts: firms named by their brands in lists of projects', () => {
  it('reads the brand opening each item of a list of projects pushed on, with its trade word if one follows', () => {
    expect(firms('加速甲电、乙能风电项目手续办理,推动丙能、丁旺达等光伏项目建设。')).toEqual(
      expect.arrayContaining(['甲电', '乙能', '丙能', '丁旺达']),
    );
    expect(firms('加速实施庚银山生态装饰板材、辛沅新材料等延链强链项目。')).toEqual(
      expect.arrayContaining(['庚银山', '辛沅新材料']),
    );
  });

  it('reads no firm where an item is a kind of project, or the list closes with a bare 等项目', () => {
    expect(firms('加快推进新能源汽车、智能制造等重点产业项目,推动风电、光伏等清洁能源项目建设。')).toEqual(
      [],
    );
    expect(firms('推动园区道路、标准厂房等配套项目建设。')).toEqual([]);
  });
});

describe('plan facts: notes of approved projects', () => {
  const text = [
    '近期某市多个工业项目获批:',
    '第二、庚蓝电气设备生产项目,建设地点:甲乙经济开发区。总投资10000万元。',
    '第三、新建年产500吨龙虾生产线,由甲乙市辛丰水产品有限公司投资建设。地址位于甲乙经济开发区丙丁工业园-5号,投资额1200万。',
    '第四、技术改造:甲鱼糜生产线技改、年达产40000吨、乙虾生产线技改年达产10000吨、配套3000吨冷库。',
  ].join('\n');
  const f = extract(text, '').facts;

  it('reads the owner heading a numbered item of a project, with the zone its item names', () => {
    expect(f.firms).toContainEqual(expect.objectContaining({ name: '庚蓝电气', zone: '甲乙经济开发区' }));
  });

  it('places a firm in the zone the next sentence gives as its address (the narrowest named)', () => {
    expect(f.firms).toContainEqual(
      expect.objectContaining({ name: '甲乙市辛丰水产品有限公司', zone: '丙丁工业园' }),
    );
  });

  it('reads 年达产 N 吨 with the product of the line before it', () => {
    const cap = (p: string) => f.projects.find((x) => x.product?.includes(p) || x.name.includes(p));
    expect(cap('甲鱼糜')).toMatchObject({ value: 40000, unit: '吨/年' });
    expect(cap('乙虾')).toMatchObject({ value: 10000, unit: '吨/年' });
  });
});
