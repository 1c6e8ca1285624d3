import { describe, expect, it } from 'vitest';
import { emptyDbPerFile, runScript } from '../helpers.ts';
import { WANGCANG_FILE } from '../plans.ts';

const graph = emptyDbPerFile();
const run = (args: string[]) => runScript('import', args);

/** The quotes of the sources of nodes of `label` named `name` whose sources sit in a document of district `code`. */
async function quotesOf(
  label: 'Enterprise' | 'Chain' | 'Zone',
  name: string,
  code: string,
): Promise<string[]> {
  const r = await graph.db.driver.executeQuery(
    `MATCH (n:${label} {name: $name})
     MATCH (s:Source)-[:IN_DOCUMENT]->(:Document)-[:FOR_DISTRICT]->(:Zone {id: $district})
     WHERE s.id IN n.sources
     RETURN collect(s.quote) AS quotes`,
    { name, district: `region-${code}` },
  );
  return (r.records[0]?.get('quotes') as string[] | undefined) ?? [];
}

describe('a real district text onboarded with npm run import (四川旺苍经济开发区, scored blind once)', () => {
  it('commits the district, and the chains, firm and zone the text states, each with its sentence', async () => {
    // The district as the reviewer confirms it: from the text alone (no title) the proposal is 资源县, because the
    // text says 煤资源/生物资源 often (a known miss, see docs/EXTRACTION.md); with --district the name is checked.
    const { stdout } = await run([WANGCANG_FILE, '--district', '旺苍县', '--accept-all']);
    expect(stdout).toContain('committed: 旺苍县 (510821)');
    // “煤-焦-化” is stated in 基本情况 and again in 产业布局: one chain, reported once (it was listed twice as
    // 新增产业链 4 条 while 3 were written), and 焦 cites each sentence once (the second was cited twice, with and
    // without its section).
    expect(stdout).toContain('chains: 3 added, 0 unchanged');
    const chainCount = await graph.db.driver.executeQuery(
      `MATCH (c:Chain) WHERE c.id STARTS WITH 'chain-510821-' RETURN count(c) AS n`,
    );
    expect(chainCount.records[0]?.get('n')).toBe(3);
    const coke = await graph.db.driver.executeQuery(
      `MATCH (p:Product {name: '焦'}) UNWIND p.sources AS sid MATCH (s:Source {id: sid}) RETURN s.quote AS quote`,
    );
    const quotes = coke.records.map((r) => r.get('quote') as string);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(quotes).size).toBe(quotes.length);
    // “优化延伸‘冶炼-铸造-建材’产业链” — a chain written with ASCII hyphens, in its own sentence.
    const chains = await graph.db.driver.executeQuery(
      `MATCH (c:Chain) MATCH (s:Source)-[:IN_DOCUMENT]->(:Document)-[:FOR_DISTRICT]->(:Zone {id: 'region-510821'})
       WHERE s.id IN c.sources AND s.quote CONTAINS '冶炼-铸造-建材'
       MATCH (c)-[l:HAS_LINK]->(p:Product)
       WITH c, p ORDER BY l.stage
       RETURN c.name AS name, collect(p.name) AS links`,
    );
    expect(chains.records.map((r) => [r.get('name'), r.get('links')])).toEqual([
      ['冶炼—建材产业链', ['冶炼', '铸造', '建材']],
    ]);
    // “形成以领航科技为龙头企业，以铸造业为主导的产业集群” — a firm named as the leader of a cluster.
    expect(await quotesOf('Enterprise', '领航科技', '510821')).toEqual([
      expect.stringContaining('形成以领航科技为龙头企业'),
    ]);
    // “四川旺苍经济开发区是2012年12月10日经四川省人民政府批准设立省级经济开发区” — the zone, under the county.
    const zone = await graph.db.driver.executeQuery(
      `MATCH (z:Zone {name: '四川旺苍经济开发区'})-[:PART_OF*1..]->(:Zone {id: 'region-510821'}) RETURN count(z) AS n`,
    );
    expect(zone.records[0]?.get('n')).toBe(1);
    expect((await quotesOf('Zone', '四川旺苍经济开发区', '510821')).join('')).toContain(
      '四川旺苍经济开发区是2012年12月10日经四川省人民政府批准设立省级经济开发区',
    );
  }, 120_000);
});
