import { describe, expect, it } from 'vitest';
import { capacitiesOf, capacityText } from './capacity.ts';

describe('capacityText', () => {
  it('joins value, unit and product, and leaves out the product the text is about', () => {
    const caps = [
      { value: 20, unit: '万吨/年', product: '铝锭' },
      { value: 5, unit: '万吨/年', product: '铝棒' },
      { value: 3, unit: '', product: null },
    ];
    expect(capacityText(caps)).toBe('20 万吨/年 铝锭、5 万吨/年 铝棒、3');
    expect(capacityText(caps, '铝锭')).toBe('20 万吨/年、5 万吨/年 铝棒、3');
    expect(capacityText([])).toBe('');
  });

  it('reads the parallel lists a Project node stores', () => {
    expect(capacityText(capacitiesOf([10, 0], ['万吨/年']))).toBe('10 万吨/年、0');
  });
});
