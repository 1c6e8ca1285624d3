import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Db } from '../server/db/neo4j.ts';

/**
 * The content hash of a district's part of the graph without its regions: every node (labels + properties) except
 * region nodes (Zone kind 省/市/区县) and bookkeeping (audit, graph version, tokens), every relationship (type,
 * endpoint ids, properties) except FOR_DISTRICT, IN_PLAN and those touching a region node. A plan's period
 * (Document.periodStart/periodEnd) is region data too. Equal hashes: no fact gained, lost or changed.
 */
export async function contentHashWithoutRegions(
  db: Db,
): Promise<{ hash: string; nodes: number; rels: number }> {
  const canonical = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (neo4j.isInt(v)) return `int:${v.toString()}`;
    if (Array.isArray(v)) return v.map(canonical);
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, canonical(o[k])]),
      );
    }
    return v;
  };
  const nodes = await db.driver.executeQuery(
    `MATCH (n) WHERE NOT n:AuditEntry AND NOT n:GraphVersion AND NOT n:ApiToken
       AND NOT (n:Zone AND n.kind IN ['省', '市', '区县'])
     RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const propsOf = (labels: string[], props: Record<string, unknown>) => {
    if (!labels.includes('Document')) return props;
    const { periodStart: _s, periodEnd: _e, ...rest } = props;
    return rest;
  };
  const rels = await db.driver.executeQuery(
    `MATCH (a)-[r]->(b)
     WHERE NOT type(r) IN ['FOR_DISTRICT', 'IN_PLAN']
       AND NOT (a:Zone AND a.kind IN ['省', '市', '区县']) AND NOT (b:Zone AND b.kind IN ['省', '市', '区县'])
       AND NOT a:AuditEntry AND NOT b:AuditEntry AND NOT a:GraphVersion AND NOT a:ApiToken
     RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props`,
  );
  const lines = [
    ...nodes.records.map((r) =>
      JSON.stringify(['N', [...r.get('labels')].sort(), canonical(propsOf(r.get('labels'), r.get('props')))]),
    ),
    ...rels.records.map((r) =>
      JSON.stringify(['R', r.get('type'), r.get('a'), r.get('b'), canonical(r.get('props'))]),
    ),
  ].sort();
  return {
    hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
    nodes: nodes.records.length,
    rels: rels.records.length,
  };
}
