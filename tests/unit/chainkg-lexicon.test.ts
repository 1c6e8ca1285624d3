/**
 * The chainkg loader (scripts/lib/chainkg.ts) on a tiny pool written here in the pool's format: names and
 * upstream pairs read, the normalised lists cached and reused, a changed pool re-read, no pool → no lexicon.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chainkgLexicon } from '../../scripts/lib/chainkg.ts';

const dir = mkdtempSync(join(tmpdir(), 'chainkg-'));
const cache = join(dir, 'cache', 'lexicon.json');
const lines = (rows: object[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chainkg lexicon loader', () => {
  it('gives no lexicon when the pool is not there', () => {
    expect(chainkgLexicon(join(dir, 'missing'), cache)).toBeUndefined();
  });

  it('reads names and upstream pairs, caches them and re-reads a changed pool', () => {
    writeFileSync(join(dir, 'product.json'), lines([{ name: '聚酯切片' }, { name: '鋁錠' }]));
    writeFileSync(
      join(dir, 'product_product.json'),
      lines([
        { from_entity: '聚酯切片', rel: '上游材料', to_entity: 'PTA' },
        { from_entity: '聚酯切片', rel: '其他', to_entity: '乙二醇' },
      ]),
    );
    const first = chainkgLexicon(dir, cache);
    expect([...(first?.names ?? [])].sort()).toEqual(['PTA', '聚酯切片', '铝锭'].sort());
    expect([...(first?.upstream.get('聚酯切片') ?? [])]).toEqual(['PTA']);
    const again = chainkgLexicon(dir, cache);
    expect([...(again?.names ?? [])].sort()).toEqual([...(first?.names ?? [])].sort());
    writeFileSync(
      join(dir, 'product.json'),
      lines([{ name: '聚酯切片' }, { name: '铝锭' }, { name: '铝型材' }]),
    );
    expect(chainkgLexicon(dir, cache)?.names.has('铝型材')).toBe(true);
  });
});
