/** Plan fixtures and graph fingerprints the plan-import tests share. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../server/db/neo4j.ts';
import { extract } from '../server/extract/index.ts';
import { acceptAll } from '../server/imports/review.ts';
import { repoRoot } from '../server/paths.ts';
import type { ImportCommitInput } from '../vocab/imports.ts';

export const XIFENG_FILE = path.join(repoRoot, 'tests/fixtures/plans/xifeng-development-zone-14th.txt');
export const XIFENG_TITLE = '辽宁西丰经济开发区“十四五”发展规划';
export const JIAXIANG_FILE = path.join(repoRoot, 'tests/fixtures/plans/jiaxiang-development-zone-intro.txt');
export const JIAXIANG_TITLE = '嘉祥經濟開發區“一區三園”簡介';
export const XIUSHAN_FILE = path.join(repoRoot, 'tests/fixtures/plans/xiushan-industry-2026.txt');
export const XIUSHAN_TITLE = '重点发展医药、食品、新材料、电子信息、汽车配件五大百亿级工业产业';
/** A real text scored blind once (docs/EXTRACTION.md): 四川旺苍经济开发区's introduction, 旺苍县 (510821). */
export const WANGCANG_FILE = path.join(repoRoot, 'tests/fixtures/plans/wangcang-development-zone-intro.txt');
export const QIJIANG_FILE = path.join(repoRoot, 'seed/sources/qijiang-gazette-2023-02.txt');

/** The review a person makes by accepting everything the extractor proposes for a plan file. */
export function acceptedReview(file: string, title: string, district?: string): ImportCommitInput {
  const text = readFileSync(file, 'utf8');
  return acceptAll(title, text, extract(text, title), district);
}

/**
 * Every node (but audit entries, tokens and the graph version) with its labels and properties, and every
 * relationship with its ends, type and properties, in a stable order: equal strings = the same graph.
 */
export async function graphContent(
  db: Db,
  only?: Set<string>,
  opts: { sharedProductSources?: Map<string, string[]> } = {},
): Promise<string> {
  const nodes = await db.driver.executeQuery(
    `MATCH (n) WHERE NOT n:AuditEntry AND NOT n:ApiToken AND NOT n:GraphVersion
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
  );
  const rels = await db.driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE NOT a:AuditEntry AND NOT b:AuditEntry AND NOT a:GraphVersion
     RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b`,
  );
  const stable = (v: unknown) =>
    JSON.stringify(v, (_k, x) =>
      x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
    );
  const keep = (...ids: unknown[]) => !only || ids.every((id) => only.has(String(id)));
  // A product is one node for every district that names it: another district's plan may add its own quote to
  // `sources`. With `sharedProductSources`, a product's sources compare as the ones it had (none may be lost).
  const node = (r: (typeof nodes.records)[number]) => {
    const o = r.toObject() as { id: string; labels: string[]; props: { sources?: string[] } };
    const had = opts.sharedProductSources?.get(o.id);
    if (!had || !o.labels.includes('Product')) return o;
    const kept = had.filter((x) => o.props.sources?.includes(x));
    return { ...o, props: { ...o.props, sources: kept } };
  };
  return [
    ...nodes.records.filter((r) => keep(r.get('id'))).map((r) => stable(node(r))),
    ...rels.records.filter((r) => keep(r.get('a'), r.get('b'))).map((r) => stable(r.toObject())),
  ].join('\n');
}

/** The ids of every node of the graph now (audit entries, tokens and the graph version aside). */
export async function nodeIds(db: Db): Promise<Set<string>> {
  const r = await db.driver.executeQuery(
    'MATCH (n) WHERE NOT n:AuditEntry AND NOT n:ApiToken AND NOT n:GraphVersion RETURN collect(n.id) AS ids',
  );
  return new Set((r.records[0]?.get('ids') as string[]) ?? []);
}

/** The sources of every product now: the quotes a later district's plan may add to (see graphContent). */
export async function productSources(db: Db): Promise<Map<string, string[]>> {
  const r = await db.driver.executeQuery('MATCH (p:Product) RETURN p.id AS id, coalesce(p.sources, []) AS s');
  return new Map(r.records.map((x) => [x.get('id') as string, x.get('s') as string[]]));
}
