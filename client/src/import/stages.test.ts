import { describe, expect, it } from 'vitest';
import { defaultChainName, stagesToText, textToStages } from './stages.ts';

describe('chain text in the review screen', () => {
  it('round-trips stages through the editable line', () => {
    const stages = [['废铝'], ['再生铝'], ['热锻件', '冷轧件', '压铸件']];
    expect(stagesToText(stages)).toBe('废铝—再生铝—热锻件、冷轧件、压铸件');
    expect(textToStages(stagesToText(stages))).toEqual(stages);
  });
  it('accepts other dashes, slashes and stray spaces, and drops empty stages', () => {
    expect(textToStages('煤－电 – 铝——化-材')).toEqual([['煤'], ['电'], ['铝'], ['化'], ['材']]);
    expect(textToStages('轧材 / 挤压材—电池 PACK—')).toEqual([['轧材', '挤压材'], ['电池PACK']]);
  });
  it('names a chain by its first and last links', () => {
    expect(defaultChainName([['废铝'], ['再生铝'], ['压铸件', '热锻件']])).toBe('废铝—压铸件产业链');
  });
});
