import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadSeed } from '../seed/index.ts';
import { type AppOptions, createApp } from '../server/app.ts';
import { createApiToken } from '../server/auth/store.ts';
import type { Role } from '../server/auth/token.ts';
import { Db } from '../server/db/neo4j.ts';
import type { GraphqlSettings } from '../server/graphql/context.ts';
import { buildYoga } from '../server/graphql/yoga.ts';
import { repoRoot } from '../server/paths.ts';
import { TEST_ACTOR } from './largeChain.ts';

export { TEST_ACTOR };

/** A Db connected to the test Neo4j that tests/setup/neo4j.ts started. */
export function testDb(): Db {
  return new Db({ uri: inject('neo4jUri'), user: 'neo4j', password: 'test' });
}

export async function clearDb(db: Db): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
}

/**
 * A test file's database, emptied, with only the schema (as a new district's import meets it): opened before the
 * file's tests, closed after them. Read `.db` inside the tests; it is set once beforeAll has run.
 */
export function emptyDbPerFile(): { db: Db } {
  const t = {} as { db: Db };
  beforeAll(async () => {
    t.db = testDb();
    await clearDb(t.db);
    await t.db.applySchema();
  });
  afterAll(async () => {
    await t.db.close();
  });
  return t;
}

export async function resetAndSeed(db: Db): Promise<void> {
  await db.applySchema();
  await loadSeed(db, { reset: true, actor: TEST_ACTOR });
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

/** The whole app (GraphQL and REST) on a free loopback port, reached over HTTP as clients reach it. */
export async function startApp(db: Db, opts: Partial<AppOptions> = {}) {
  const server = createApp(db, { production: true, serveClient: false, ...opts });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    /** POSTs a body, with a bearer token when given; the JSON answer and the status. */
    async post(path: string, body: BodyInit, type: string, token: string | null) {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/**
 * Node and relationship counts of the graph (tokens and audit entries aside): equal before and after means no
 * fact was written (an import that changes nothing still records its summary audit entry).
 */
export async function graphCounts(db: Db) {
  const r = await db.driver.executeQuery(
    'MATCH (n) WHERE NOT n:ApiToken AND NOT n:AuditEntry WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
  );
  return r.records[0]?.toObject();
}

/** A short plan passage with two chains and three look-alikes (a slogan, a year range, a number range). */
export const SAMPLE_PLAN = [
  '某区产业发展规划',
  '',
  '二、新材料产业',
  '',
  '推动“铝土矿—氧化铝—电解铝—铝合金—汽车轻量化部件”产业链建设，发展“废铝—再生铝—铝锭”循环链。',
  '按照“突特色—强龙头—补链条”的原则，到 2021—2025 年引进 3—5 家企业。',
].join('\n');

/** Runs one of the product's CLIs (`scripts/<name>.ts`) as `npm run` would, against the tests' Neo4j. */
export function runScript(script: string, args: readonly string[]) {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'test',
      LOG_LEVEL: 'silent',
    },
  });
}
