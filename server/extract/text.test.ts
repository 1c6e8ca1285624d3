import { describe, expect, it } from 'vitest';
import { makeDoc } from './text.ts';

describe('a document in traditional script', () => {
  it('keeps its simplified reading at the same offsets; a simplified text has none', () => {
    // 開州's page (tests/fixtures/plans/kaizhou-industrial-park-intro.txt): the review matches links typed 天然气.
    const doc = makeDoc('開縣按照“優化能源產業,\n發展天然氣精細化工產業”的思路。');
    expect(doc.text).toBe('開縣按照“優化能源產業,發展天然氣精細化工產業”的思路。');
    expect(doc.reading).toBe('开县按照“优化能源产业,发展天然气精细化工产业”的思路。');
    expect(doc.reading?.length).toBe(doc.text.length);
    expect(makeDoc('开县按照优化能源产业的思路。').reading).toBeUndefined();
  });
});
