import { describe, expect, it } from 'vitest';
import { graphMapTo, graphStages } from './linkScript.ts';

describe('links in the graph’s script', () => {
  it('are simplified when the chain’s sentence is written in traditional script (興縣: 煤—電—鋁—化—材)', () => {
    const quote = '形成第一條“煤—電—鋁—化—材”循環經濟產業鏈';
    expect(graphStages([['煤'], ['電'], ['鋁'], ['化'], ['材']], quote)).toEqual([
      ['煤'],
      ['电'],
      ['铝'],
      ['化'],
      ['材'],
    ]);
    expect(graphMapTo({ 鋁: 'p-aluminium' }, quote)).toEqual({ 铝: 'p-aluminium' });
  });

  it('stay as written in a simplified sentence, a name’s own 乾 or 著 included', () => {
    const quote = '打造乾元—著名品牌产业链，发展电解铝—铝合金。';
    const stages = [['乾元'], ['著名品牌']];
    expect(graphStages(stages, quote)).toEqual(stages);
    expect(graphMapTo({ 乾元: 'p-x' }, quote)).toEqual({ 乾元: 'p-x' });
  });
});
