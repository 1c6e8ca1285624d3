import { describe, expect, it } from 'vitest';
import { simplifiedReading } from './text.ts';

describe('simplifiedReading', () => {
  it("gives a traditional text's simplified reading at the same offsets, and nothing for a simplified text", () => {
    // 開州's page (tests/fixtures/plans/kaizhou-industrial-park-intro.txt): the review matches links typed 天然气.
    const text = '開縣按照“優化能源產業,發展天然氣精細化工產業”的思路。';
    const reading = simplifiedReading(text);
    expect(reading).toBe('开县按照“优化能源产业,发展天然气精细化工产业”的思路。');
    expect(reading?.length).toBe(text.length);
    expect(simplifiedReading('开县按照优化能源产业的思路。')).toBeUndefined();
  });
});
