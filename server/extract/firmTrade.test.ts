import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';

const firms = (text: string) => extract(text, '某某县调研').facts.firms.map((f) => f.name);

/**
 * Found as a user on a county news text (芷江): 湖南芷缘农业发展有限公司 was not read at all, because a name is cut after
 * the last verb in its run (发展, 建设), and 集团有限公司 gave a firm twice (甲乙集团 and 甲乙集团有限公司).
 */
describe('firm names: a trade written 发展 or 建设, and 集团 before 有限公司', () => {
  it('keeps 发展 and 建设 before a company suffix in the name', () => {
    expect(firms('县长先后来到湖南甲乙农业发展有限公司、丙丁科技有限公司调研。')).toEqual([
      '湖南甲乙农业发展有限公司',
      '丙丁科技有限公司',
    ]);
    expect(firms('戊己城市建设投资集团有限公司参与建设。')).toEqual(['戊己城市建设投资集团有限公司']);
    expect(firms('甲乙发展集团与丙丁建设有限公司签约。')).toEqual(['甲乙发展集团', '丙丁建设有限公司']);
  });

  it('reads no firm where 发展 or 建设 is the verb before 集团 as a word of its own', () => {
    expect(firms('推动企业发展集团化经营。')).toEqual([]);
    expect(firms('加快建设集团总部。')).toEqual([]);
  });

  it('reads 集团有限公司 and 集团股份有限公司 as one name', () => {
    expect(firms('甲乙化工集团有限公司与丙丁签约。')).toEqual(['甲乙化工集团有限公司']);
    expect(firms('甲乙集团股份有限公司投产。')).toEqual(['甲乙集团股份有限公司']);
  });
});
