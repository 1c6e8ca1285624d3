import { describe, expect, it } from 'vitest';
import { zh } from '../i18n/zh.ts';

const T = zh.importer;

describe('the note under the proposed district', () => {
  it('says a city proposal is the whole city’s plan, not a county’s', () => {
    expect(T.districtProposed('泸州市', 'text', '市')).toBe(
      '根据正文推断为“泸州市”：这是全市的规划，不属于某一区县；请确认，或改为其下的区县（可写“省/市+区县”）。',
    );
  });
  it('names a county, and says a city plan may take its city', () => {
    expect(T.districtProposed('綦江区', 'title')).toBe(
      '根据标题推断为“綦江区”，请确认或修改（可写“省/市+区县”；市级规划可填地级市，如“泸州市”）。',
    );
  });
});
