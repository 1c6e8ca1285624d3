import { inject } from 'vitest';
import { loadSeed } from '../seed/index.ts';
import { Db } from '../server/db/neo4j.ts';
import { buildYoga } from '../server/graphql/yoga.ts';

/** A Db connected to the test Neo4j that tests/setup/neo4j.ts started. */
export function testDb(): Db {
  return new Db({ uri: inject('neo4jUri'), user: 'neo4j', password: 'test' });
}

export async function clearDb(db: Db): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
}

export async function resetAndSeed(db: Db): Promise<void> {
  await db.applySchema();
  await loadSeed(db.driver, { reset: true });
}

export interface GqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

/** Calls the GraphQL endpoint in-process (yoga.fetch), as a client would over HTTP. */
export function graphqlClient(db: Db, opts: { production?: boolean } = {}) {
  const yoga = buildYoga(db, { production: opts.production ?? true });
  return async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  };
}
