import { describe, expect, it } from 'vitest';
import { commitImport } from '../../server/imports/commit.ts';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { emptyDbPerFile, TEST_ACTOR } from '../helpers.ts';

// 芷江's news page names its park only as 县产业开发区: committed as such, a province's zone list would hold one
// 县产业开发区 per county. It is committed under the county's name; the quote keeps the text's words.

const graph = emptyDbPerFile();
const actor = { name: TEST_ACTOR.name, role: 'editor' as const };

const TEXT = '县产业开发区已入驻企业12家。和翔鸭业落户县产业开发区。';
const review: ImportCommitInput = {
  title: '芷江县招商动态',
  text: TEXT,
  district: '芷江',
  chains: [],
  zones: [{ name: '县产业开发区', kind: '园区', quote: '县产业开发区已入驻企业12家。', start: 0 }],
  firms: [{ name: '和翔鸭业', zone: '县产业开发区', quote: '和翔鸭业落户县产业开发区。', start: 15 }],
};

const zones = async () =>
  (
    await graph.db.driver.executeQuery(
      `MATCH (z:Zone {kind: '园区'})-[:PART_OF]->(d:Zone)
       RETURN z.name AS name, d.name AS district,
              COLLECT { MATCH (e:Enterprise)-[:LOCATED_IN]->(z) RETURN e.name } AS firms`,
    )
  ).records.map((r) => r.toObject());

describe('a zone written only with its district’s level word', () => {
  it('is committed under the district’s name, its firm in it, the quote as written', async () => {
    const report = await commitImport(graph.db, review, actor as never);
    expect(report.facts.zones.added).toEqual(['芷江侗族自治县产业开发区']);
    expect(await zones()).toEqual([
      { name: '芷江侗族自治县产业开发区', district: '芷江侗族自治县', firms: ['和翔鸭业'] },
    ]);
    const quote = await graph.db.driver.executeQuery(
      `MATCH (z:Zone {name: '芷江侗族自治县产业开发区'}) UNWIND z.sources AS s
       MATCH (q:Source {id: s}) RETURN q.quote AS text`,
    );
    expect(quote.records.map((r) => r.get('text'))).toEqual(['县产业开发区已入驻企业12家。']);
  });

  it('is the same zone when the plan is committed again, and when a firm names it in full', async () => {
    const report = await commitImport(
      graph.db,
      {
        ...review,
        firms: [
          ...(review.firms ?? []),
          {
            name: '正磁新材料',
            zone: '芷江侗族自治县产业开发区',
            quote: '县产业开发区已入驻企业12家。',
            start: 0,
          },
        ],
      },
      actor as never,
    );
    expect(report.facts.zones.merged).toEqual(['芷江侗族自治县产业开发区']);
    expect(await zones()).toEqual([
      expect.objectContaining({
        name: '芷江侗族自治县产业开发区',
        firms: expect.arrayContaining(['和翔鸭业', '正磁新材料']),
      }),
    ]);
  });

  it('takes the qualified name when an earlier import committed it under the bare one; an editor’s name stays', async () => {
    // What an import before zoneNames.ts left: the same node (its id is the text's words), the bare name.
    await graph.db.driver.executeQuery(
      `MATCH (z:Zone {name: '芷江侗族自治县产业开发区'}) SET z.name = '县产业开发区'`,
    );
    await commitImport(graph.db, review, actor as never);
    expect((await zones()).map((z) => z.name)).toEqual(['芷江侗族自治县产业开发区']);

    await graph.db.driver.executeQuery(
      `MATCH (z:Zone {name: '芷江侗族自治县产业开发区'}) SET z.name = '芷江工业集中区'`,
    );
    await commitImport(graph.db, review, actor as never);
    expect((await zones()).map((z) => z.name)).toEqual(['芷江工业集中区']);
  });
});
