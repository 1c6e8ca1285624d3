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
