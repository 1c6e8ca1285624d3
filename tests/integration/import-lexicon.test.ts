/**
 * The graph's own products as the extraction's product lexicon on the upload route the review screen calls
 * (server/imports/graphLexicon.ts): on the seed graph a chain's last link is cut after a known product and its
 * confidence and reasons follow the graph's products and FEEDS; a commit that adds products moves the graph's
 * version and the next upload knows them; an empty graph gives the shape rules' answer, as before.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { extract } from '../../server/extract/index.ts';
import { GraphLexiconCache, graphLexiconSource } from '../../server/imports/graphLexicon.ts';
import { LEXICON_REASON } from '../../vocab/extractReasons.ts';
import type { ChainCandidate, ImportCommitInput, PlanFacts } from '../../vocab/imports.ts';
import { clearDb, createToken, resetAndSeed, runScript, startApp, testDb } from '../helpers.ts';

/** 废铝 → 再生铝 → 铝锭 is a seed chain (new-materials.json); 锂矿 and 碳酸锂 are in no seed chain. */
const PLAN = [
  '某区新材料产业发展规划',
  '',
  '一、再生资源',
  '',
  '近期，废铝—再生铝—铝锭行业景气回升。',
  '加快锂矿—碳酸锂布局，另有验证—放量—定价权的说法。',
].join('\n');

const tmp = mkdtempSync(path.join(tmpdir(), 'import-lexicon-'));
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
let editor: string;

const upload = async (text = PLAN) => {
  const res = await app.post('/imports/extract?name=规划.txt', text, 'application/octet-stream', editor);
  expect(res.status).toBe(200);
  return res.body as { text: string; chains: ChainCandidate[] };
};
const chainOf = (chains: ChainCandidate[], first: string) => {
  const c = chains.find((x) => x.stages[0]?.[0]?.endsWith(first));
  if (!c) throw new Error(`no chain starting with ${first}: ${chains.map((x) => x.expression).join(', ')}`);
  return c;
};

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  editor = await createToken(db, 'editor', '词表测试');
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the graph’s products as the lexicon of an upload', () => {
  it('cuts the last link after a product of the graph and scores chains by its products and FEEDS', async () => {
    const shapeOnly = extract(PLAN, '规划').chains;
    const { chains } = await upload();
    const aluminium = chainOf(chains, '废铝');
    expect(chainOf(shapeOnly, '废铝').stages.at(-1)).toEqual(['铝锭行业景气']);
    expect(aluminium.stages.at(-1)).toEqual(['铝锭']);
    expect(aluminium.expression).toBe('废铝—再生铝—铝锭');
    expect(aluminium.reasons).toEqual(
      expect.arrayContaining([
        LEXICON_REASON.cut('graph', '铝锭'),
        LEXICON_REASON.joined('graph'),
        LEXICON_REASON.allKnown('graph'),
      ]),
    );
    expect(aluminium.confidence).toBeGreaterThan(chainOf(shapeOnly, '废铝').confidence);
    // No product of the graph and no chain word near: the least sure, first on the review screen.
    const slogan = chainOf(chains, '验证');
    expect(slogan.reasons).toContain(LEXICON_REASON.noProduct('graph'));
    expect(slogan.confidence).toBeLessThan(chainOf(shapeOnly, '验证').confidence);
    expect(chainOf(chains, '锂矿').reasons).toContain(LEXICON_REASON.fewKnown('graph'));
  });

  it('gives the graph’s chain links to the sought reader; a product of no chain and a new item are wanted', async () => {
    // 再生铝 and 乙二醇 are links of seed chains; 黄血盐 is a seed Product no chain holds; 铝用阳极炭块 is nowhere.
    const text = '某区规划\n\n拟在铝用阳极炭块、再生铝、黄血盐等方面引进项目，重点引进乙二醇生产企业。';
    const res = await app.post('/imports/extract?name=规划.txt', text, 'application/octet-stream', editor);
    const { facts } = res.body as { facts: PlanFacts };
    expect(facts.sought.map((s) => [s.name, s.graph])).toEqual([
      ['再生铝', true],
      ['乙二醇', true],
    ]);
    expect(facts.wanted.map((w) => w.name)).toEqual(['铝用阳极炭块', '黄血盐']);
    expect(extract(text, '规划').facts.sought).toEqual([]);
  });

  it('knows the products a commit adds (the graph’s version moved) on the next upload', async () => {
    const { text, chains } = await upload();
    const lithium = chainOf(chains, '锂矿');
    expect(lithium.reasons).not.toContain(LEXICON_REASON.joined('graph'));
    const input = {
      title: '某区新材料产业发展规划',
      text,
      chains: [
        {
          name: '锂电材料链',
          expression: lithium.expression,
          stages: lithium.stages,
          quote: lithium.quote,
          start: lithium.start,
          section: lithium.section,
        },
      ],
      skipped: 0,
    };
    const commit = await app.post('/imports/commit', JSON.stringify(input), 'application/json', editor);
    expect(commit.status).toBe(200);
    expect(commit.body.productsAdded).toEqual(expect.arrayContaining(['锂矿', '碳酸锂']));
    const after = chainOf((await upload()).chains, '锂矿');
    expect(after.reasons).toEqual(
      expect.arrayContaining([LEXICON_REASON.joined('graph'), LEXICON_REASON.allKnown('graph')]),
    );
    expect(after.reasons).not.toContain(LEXICON_REASON.fewKnown('graph'));
    expect(after.confidence).toBeGreaterThan(lithium.confidence);
  });

  it('npm run import proposes the same cut chain, from the configured Neo4j’s products', async () => {
    const plan = path.join(tmp, '规划.txt');
    const out = path.join(tmp, 'review.json');
    writeFileSync(plan, PLAN);
    await runScript('import', [plan, '--json', out]);
    const review = JSON.parse(readFileSync(out, 'utf8')) as ImportCommitInput;
    expect(review.chains.map((c) => c.expression)).toContain('废铝—再生铝—铝锭');
  }, 90_000);

  it('uses the lexicon main.ts read before ready: the first upload reads the version, not the products', async () => {
    const source = graphLexiconSource(db);
    const reads = { versions: 0, products: 0 };
    const lexicons = new GraphLexiconCache({
      version: () => {
        reads.versions++;
        return source.version();
      },
      read: () => {
        reads.products++;
        return source.read();
      },
    });
    await lexicons.current();
    const own = await startApp(db, { lexicons });
    try {
      const res = await own.post('/imports/extract?name=规划.txt', PLAN, 'application/octet-stream', editor);
      expect(res.status).toBe(200);
      expect(reads).toEqual({ versions: 2, products: 1 });
    } finally {
      await own.close();
    }
  });

  it('an empty graph (SEED=none onboarding) gives no lexicon: the shape rules’ answer', async () => {
    await clearDb(db);
    await db.applySchema();
    editor = await createToken(db, 'editor', '空图谱');
    const { chains } = await upload();
    expect(chains).toEqual(extract(PLAN, '规划').chains);
    for (const c of chains) expect(c.reasons.join('；')).not.toContain('图谱');
  });
});
