import type { Db } from '../../server/db/neo4j.ts';
import type { ChaosNeo4j } from './env.ts';
import type { SampleIds } from './load.ts';
import type { Report } from './report.ts';

/** What every scenario gets: the chaos Neo4j, a harness Db on it, real ids, and the report to add to. */
export interface ChaosContext {
  neo: ChaosNeo4j;
  db: Db;
  ids: SampleIds;
  report: Report;
}

export const CONNECTIONS = 32;

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

export const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
