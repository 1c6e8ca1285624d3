/**
 * Alias suggestions (Query.aliasSuggestions): a short link (铝, as 兴县's plan writes it) gets the pool names that
 * contain it, with their firms, except names that are links or aliases already; an alias added through the API
 * puts the name's firms among the gap's candidates at once. Fixture: tests/fixtures/chainkg-aluminium (made up).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/neo4j.ts';
import { commitImport } from '../../server/imports/commit.ts';
import { aliasesFile, importPool, readAliases } from '../../server/pool/import.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { createToken, graphqlClient, resetAndSeed, TEST_ACTOR, testDb } from '../helpers.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/chainkg-aluminium');
let db: Db;
let anonymous: ReturnType<typeof graphqlClient>;
let editor: ReturnType<typeof graphqlClient>;
let viewer: ReturnType<typeof graphqlClient>;

interface Suggestion {
  name: string;
  spellings: string[];
  firms: number;
  mainFirms: number;
  examples: string[];
}
interface Answer {
  pool: boolean;
  total: number;
  canEdit: boolean;
  suggestions: Suggestion[];
  broader: Suggestion[];
  matched: { name: string; firms: number; links: string[] }[];
  aliases: { pool: string; source: string; addedBy: string | null; firms: number }[];
}

const SUGGESTIONS = `query ($link: ID!) { aliasSuggestions(link: $link) { pool total canEdit
  suggestions { name spellings firms mainFirms examples } broader { name spellings firms mainFirms examples }
  matched { name firms links } aliases { pool source addedBy firms } } }`;

async function suggestions(link: string, client = anonymous): Promise<Answer> {
  const res = await client<{ aliasSuggestions: Answer }>(SUGGESTIONS, { link });
  expect(res.errors).toBeUndefined();
  return res.data?.aliasSuggestions as Answer;
}

async function poolCandidates(link: string) {
  const res = await anonymous<{
    product: {
      candidates: { kind: string; folded: boolean; reason: string; enterprise: { name: string } | null }[];
    };
  }>('query ($id: ID!) { product(id: $id) { candidates { kind folded reason enterprise { name } } } }', {
    id: link,
  });
  expect(res.errors).toBeUndefined();
  return (res.data?.product.candidates ?? []).filter((c) => c.kind === 'POOL_ENTERPRISE');
}

beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  const text = '推动“煤—电—铝—化—材”产业链建设。';
  await commitImport(
    db,
    {
      title: '铝产业规划',
      text,
      chains: [
        {
          name: '煤电铝产业链',
          expression: '煤—电—铝—化—材',
          stages: [['煤'], ['电'], ['铝'], ['化'], ['材']],
          quote: text,
          start: 0,
        },
      ],
    } as unknown as ImportCommitInput,
    TEST_ACTOR,
  );
  anonymous = graphqlClient(db);
  editor = graphqlClient(db, { token: await createToken(db, 'editor', '招商科') });
  viewer = graphqlClient(db, { token: await createToken(db, 'viewer', '查看者') });
});
afterAll(async () => {
  await db.close();
});

describe('alias suggestions of a link', () => {
  it('suggest nothing before a pool is imported, and say so', async () => {
    const a = await suggestions('p-铝');
    expect(a).toMatchObject({ pool: false, total: 0, suggestions: [], matched: [] });
  });

  it('list the pool names containing the link’s name with their firms, and leave out links and aliases', async () => {
    await importPool(db, { dir: fixture, aliases: readAliases(aliasesFile), actor: TEST_ACTOR });
    // 铝棒 made an alias of another link first: no longer free.
    const add = await editor('mutation { addAlias(pool: "铝棒", link: "p-铝合金") { pool } }');
    expect(add.errors).toBeUndefined();
    const a = await suggestions('p-铝');
    expect(a.pool).toBe(true);
    expect(a.suggestions).toEqual([
      // 铝型材 and 铝型材产品 are one name (normalised); 寅材料's 2 % counts as a firm, not a main one.
      {
        name: '铝型材',
        spellings: ['铝型材', '铝型材产品'],
        firms: 3,
        mainFirms: 2,
        examples: ['庚铝业', '辛铝材', '寅材料'],
      },
      { name: '铝箔', spellings: ['铝箔'], firms: 2, mainFirms: 1, examples: ['壬金属', '辛铝材'] },
      // Not a link of this graph (烧结氧化铝 is): offered, the officer decides.
      { name: '氧化铝', spellings: ['氧化铝'], firms: 1, mainFirms: 1, examples: ['壬金属'] },
    ]);
    expect(a.total).toBe(3);
    // Links (铝锭, 电解铝), the file's alias (电池铝箔 → 电池箔) and the API's (铝棒 → 铝合金) are said, not offered;
    // 铝材抵消 (weight ≤ 0) is no main product at all.
    // Equal firms: the shorter name first.
    expect(a.matched).toEqual([
      { name: '铝棒', firms: 1, links: ['铝合金'] },
      { name: '铝锭', firms: 1, links: ['铝锭'] },
      { name: '电解铝', firms: 1, links: ['电解铝'] },
      { name: '电池铝箔', firms: 1, links: ['电池箔'] },
    ]);
    expect(a.broader).toEqual([]);
    expect(a.aliases).toEqual([]);
    expect(a.canEdit).toBe(false);
    expect((await suggestions('p-铝', viewer)).canEdit).toBe(false);
    expect((await suggestions('p-铝', editor)).canEdit).toBe(true);
  });

  it('list the broader names a long link contains apart', async () => {
    const a = await suggestions('p-高端铝合金汽车零部件');
    expect(a.suggestions).toEqual([]);
    expect(a.broader.map((s) => [s.name, s.firms])).toEqual([['汽车零部件', 1]]);
  });

  it('an alias added through GraphQL puts the name’s firms among the gap’s candidates and lists it as the link’s', async () => {
    expect(await poolCandidates('p-铝')).toEqual([]);
    const add = await editor('mutation { addAlias(pool: "铝型材", link: "p-铝") { pool link { name } } }');
    expect(add.errors).toBeUndefined();
    const pool = await poolCandidates('p-铝');
    expect(pool.filter((c) => !c.folded).map((c) => c.enterprise?.name)).toEqual(['庚铝业', '辛铝材']);
    expect(pool.filter((c) => c.folded).map((c) => c.enterprise?.name)).toEqual(['寅材料']);
    expect(pool[0]?.reason).toContain('经别名匹配');
    const a = await suggestions('p-铝', editor);
    expect(a.aliases).toEqual([{ pool: '铝型材', source: 'API', addedBy: '招商科', firms: 3 }]);
    expect(a.suggestions.map((s) => s.name)).toEqual(['铝箔', '氧化铝']);
    // Listed as the link's alias, not among the names taken.
    expect(a.matched.map((m) => m.name)).not.toContain('铝型材');
  });

  it('the file’s aliases are listed as the link’s too, and removing the API’s alias offers the name again', async () => {
    const foil = await suggestions('p-电池箔');
    expect(foil.aliases).toContainEqual({ pool: '电池铝箔', source: 'FILE', addedBy: null, firms: 1 });
    const removed = await editor('mutation { removeAlias(pool: "铝型材") }');
    expect(removed.data).toEqual({ removeAlias: true });
    expect(await poolCandidates('p-铝')).toEqual([]);
    expect((await suggestions('p-铝')).suggestions[0]?.name).toBe('铝型材');
  });

  it('refuse an unknown link and a list too long', async () => {
    const missing = await anonymous(SUGGESTIONS, { link: 'p-没有' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const long = await anonymous('{ aliasSuggestions(link: "p-铝", first: 500) { total } }');
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
