import { inject } from 'vitest';
import { loadSeed } from '../seed/index.ts';
import { createApiToken } from '../server/auth/store.ts';
import type { Role } from '../server/auth/token.ts';
import { Db } from '../server/db/neo4j.ts';
import type { GraphqlSettings } from '../server/graphql/context.ts';
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

/** Creates an ApiToken the way `npm run token` does and returns the secret (for `graphqlClient(db, { token })`). */
export async function createToken(db: Db, role: Role, name = `测试${role}`): Promise<string> {
  return (await createApiToken(db, { name, role })).token;
}

/**
 * Calls the GraphQL endpoint in-process (yoga.fetch), as a client would over HTTP; with `token`, as its holder
 * (Authorization: Bearer). `settings` overrides READ_REQUIRES_TOKEN / STALE_AFTER_MONTHS.
 */
export function graphqlClient(
  db: Db,
  opts: { production?: boolean; token?: string; settings?: Partial<GraphqlSettings> } = {},
) {
  const yoga = buildYoga(db, {
    production: opts.production ?? true,
    ...(opts.settings ? { settings: opts.settings } : {}),
  });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  return async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  };
}
