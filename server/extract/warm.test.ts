import { describe, expect, it } from 'vitest';
import { extract, WARM_UP_PLAN, warmUp } from './index.ts';
import { tag } from './lexicon.ts';
import { isPlace } from './places.ts';

describe('warmUp (what a job worker runs when it starts)', () => {
  it('reads its paragraph as a plan: the chain, the zone and the firms, through the segmenter and the gazetteer', () => {
    expect(warmUp()).toBe(1);
    const x = extract(WARM_UP_PLAN);
    expect(x.chains.map((c) => c.stages.flat())).toEqual([['钢铁', '铝型材', '汽车零部件']]);
    expect(x.enterprises.map((e) => e.name)).toContain('甲乙科技有限公司');
    expect([tag('綦江区').length > 0, isPlace('綦江')]).toEqual([true, true]);
  });
});
