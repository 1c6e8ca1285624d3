/** The measured bar: precision and recall of chains against hand-made gold (docs/EXTRACTION.md has the figures). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { type Gold, measure } from './measure.ts';
import { makeLexicon } from './products.ts';
import { makeDoc } from './text.ts';

const root = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const BAR = 0.95;

describe('chain extraction quality', () => {
  it('finds the chains of the Qijiang plan and keeps the look-alikes out', () => {
    const raw = read('seed/sources/qijiang-gazette-2023-02.txt');
    const gold = JSON.parse(read('tests/fixtures/extraction/qijiang.gold.json')) as Gold;
    const f = measure(makeDoc(raw).text, extract(raw), gold);
    console.info(
      `qijiang: precision ${f.precision.toFixed(3)} recall ${f.recall.toFixed(3)} (${f.found}/${f.gold})`,
    );
    expect(f.misses).toEqual([]);
    expect(f.precision).toBeGreaterThanOrEqual(BAR);
    expect(f.recall).toBeGreaterThanOrEqual(BAR);
    expect(f.leaked).toEqual([]);
  });

  it('keeps the Qijiang figures with a lexicon of the graph’s own product names (what the server can pass)', () => {
    const names = readdirSync(join(root, 'seed/data/industries')).flatMap((f) =>
      (JSON.parse(read(`seed/data/industries/${f}`)) as { chains: { stages: string[][] }[] }).chains.flatMap(
        (c) => c.stages.flat(),
      ),
    );
    expect(names.length).toBeGreaterThan(100);
    const raw = read('seed/sources/qijiang-gazette-2023-02.txt');
    const gold = JSON.parse(read('tests/fixtures/extraction/qijiang.gold.json')) as Gold;
    const f = measure(makeDoc(raw).text, extract(raw, '', { lexicon: makeLexicon(names) }), gold);
    expect(f.misses).toEqual([]);
    expect(f.extras).toEqual([]);
    expect(f.leaked).toEqual([]);
  });

  it('meets the bar on the written passages, variation by variation', () => {
    const { passages } = JSON.parse(read('tests/fixtures/extraction/passages.json')) as {
      passages: (Gold & { name: string; text: string })[];
    };
    let [found, gold, extracted] = [0, 0, 0];
    for (const p of passages) {
      const f = measure(makeDoc(p.text).text, extract(p.text), p);
      expect({ name: p.name, misses: f.misses, extras: f.extras, leaked: f.leaked }).toEqual({
        name: p.name,
        misses: [],
        extras: [],
        leaked: [],
      });
      [found, gold, extracted] = [found + f.found, gold + f.gold, extracted + f.extracted];
    }
    console.info(`passages: precision ${(found / extracted).toFixed(3)} recall ${(found / gold).toFixed(3)}`);
    expect(found / extracted).toBeGreaterThanOrEqual(BAR);
    expect(found / gold).toBeGreaterThanOrEqual(BAR);
  });
});
