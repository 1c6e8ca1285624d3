import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';

/**
 * The content hash of a whole graph, independent of Neo4j's internal ids and of the order it returns things in:
 * every node as its sorted labels + sorted properties, every relationship as its type + the stable ids of its
 * endpoints + sorted properties; the lines sorted and hashed with SHA-256. A node's stable id is its `id`
 * property, or — for the few nodes without one — the hash of its own line. Equal hashes mean equal content.
 */
export interface GraphHash {
  hash: string;
  nodes: number;
  relationships: number;
}

/** A value as canonical JSON: object keys sorted, Neo4j integers and temporal values as tagged strings. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    // Dates, times, durations and points: their string form is canonical.
    if (proto !== Object.prototype && proto !== null) return `${proto.constructor?.name}:${String(value)}`;
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, canonical(obj[k])]),
    );
  }
  return value;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** What two otherwise identical loads write differently: left out of the hash when given. */
export interface Volatile {
  /** Nodes carrying any of these labels (and their relationships): e.g. audit entries, their ids and times. */
  labels: readonly string[];
  /** Properties left out of every node and relationship: e.g. the times a writer stamps (`importedAt`). */
  properties: readonly string[];
}

export async function graphHash(
  driver: Driver,
  database?: string,
  volatile: Volatile = { labels: [], properties: [] },
): Promise<GraphHash> {
  const keep = (props: unknown) =>
    Object.fromEntries(
      Object.entries(props as Record<string, unknown>).filter(([k]) => !volatile.properties.includes(k)),
    );
  const opts = { database };
  const nodes = await driver.executeQuery(query('chaos/graph-nodes'), {}, opts);
  const keyOf = new Map<string, string>();
  const lines: string[] = [];
  for (const r of nodes.records) {
    const labels = [...(r.get('labels') as string[])].sort();
    if (labels.some((l) => volatile.labels.includes(l))) continue;
    const props = canonical(keep(r.get('props'))) as Record<string, unknown>;
    const line = JSON.stringify(['N', labels, props]);
    keyOf.set(r.get('eid') as string, typeof props.id === 'string' ? `id:${props.id}` : `h:${sha(line)}`);
    lines.push(line);
  }
  const rels = await driver.executeQuery(query('chaos/graph-relationships'), {}, opts);
  let relationships = 0;
  for (const r of rels.records) {
    if (!keyOf.has(r.get('start') as string) || !keyOf.has(r.get('end') as string)) continue;
    relationships++;
    lines.push(
      JSON.stringify([
        'R',
        r.get('type') as string,
        keyOf.get(r.get('start') as string),
        keyOf.get(r.get('end') as string),
        canonical(keep(r.get('props'))),
      ]),
    );
  }
  lines.sort();
  return { hash: sha(lines.join('\n')), nodes: keyOf.size, relationships };
}
