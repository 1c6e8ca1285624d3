import { describe, expect, it } from 'vitest';
import { splitProducts } from './enterpriseProducts.ts';

describe('the enterprise form’s 生产环节', () => {
  const links = new Map([
    ['铝锭', 'p-铝锭'],
    ['压铸件', 'p-压铸件'],
  ]);

  it('gives the links it names as ids and keeps the other names as stated products, each once', () => {
    expect(splitProducts('铝锭、 黑茶，压铸件,茶多酚、黑茶', links)).toEqual({
      produces: ['p-铝锭', 'p-压铸件'],
      stated: ['黑茶', '茶多酚'],
    });
  });

  it('a county with no chain yet records every product as stated', () => {
    expect(splitProducts('鸭制品、电子元件', new Map())).toEqual({
      produces: [],
      stated: ['鸭制品', '电子元件'],
    });
    expect(splitProducts(' 、 ', links)).toEqual({ produces: [], stated: [] });
  });
});
