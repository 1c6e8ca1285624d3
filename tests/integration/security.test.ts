import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiTokens } from '../../server/auth/store.ts';
import { DEFAULT_RESPONSE_CACHE } from '../../server/config.ts';
import type { Db } from '../../server/db/neo4j.ts';
import { CONTENT_SECURITY_POLICY } from '../../server/http/security.ts';
import { createToken, resetAndSeed, SAMPLE_PLAN, startApp, testDb } from '../helpers.ts';

// Issue #19: who may upload, revocation and expiry, introspection and the audit log, CORS and the headers.
let db: Db;
let app: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  db = testDb();
  await resetAndSeed(db);
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type Gql = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

async function gql(base: string, query: string, token?: string | null, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Gql };
}
const codeOf = (r: { body: Gql }) => r.body.errors?.[0]?.extensions?.code;

describe('uploads need a token', () => {
  it('refuses extraction without a valid token (401), in the default mode too; a viewer may extract', async () => {
    const anonymous = await app.post('/imports/extract?name=a.txt', SAMPLE_PLAN, 'text/plain', null);
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED', need: 'viewer' } });
    const unknown = await app.post('/imports/extract?name=a.txt', SAMPLE_PLAN, 'text/plain', 'f'.repeat(64));
    expect(unknown.status).toBe(401);
    const viewer = await createToken(db, 'viewer', '上传者');
    const ok = await app.post('/imports/extract?name=a.txt', SAMPLE_PLAN, 'text/plain', viewer);
    expect(ok.status).toBe(200);
    const commit = await app.post('/imports/commit', '{}', 'application/json', viewer);
    expect(commit).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
  });
});

describe('tokens: revocation at once, expiry', () => {
  it('a revoked token is refused on its next request, even for an answer the response cache holds', async () => {
    const locked = await startApp(db, { readRequiresToken: true, responseCache: DEFAULT_RESPONSE_CACHE });
    try {
      const token = await createToken(db, 'viewer', '将被撤销');
      const q = '{ industries { id name } }';
      const first = await gql(locked.base, q, token);
      expect(first.body.errors).toBeUndefined();
      const again = await gql(locked.base, q, token);
      expect(again.body).toEqual(first.body);
      expect(await revokeApiTokens(db, '将被撤销')).toHaveLength(1);
      const revoked = await gql(locked.base, q, token);
      expect(codeOf(revoked)).toBe('FORBIDDEN');
      expect(revoked.body.data ?? null).toBeNull();
      const upload = await locked.post('/imports/extract?name=a.txt', SAMPLE_PLAN, 'text/plain', token);
      expect(upload.status).toBe(401);
    } finally {
      await locked.close();
    }
  });

  it('an expired token is refused; one that has not expired works', async () => {
    const locked = await startApp(db, { readRequiresToken: true });
    try {
      const { createApiToken } = await import('../../server/auth/store.ts');
      const valid = await createApiToken(db, { name: '三十天', role: 'viewer', days: 30 });
      expect(Date.parse(valid.expiresAt ?? '')).toBeGreaterThan(Date.now() + 29 * 86_400_000);
      expect((await gql(locked.base, '{ industries { id } }', valid.token)).body.errors).toBeUndefined();
      await db.driver.executeQuery(
        'MATCH (t:ApiToken {id: $id}) SET t.expiresAt = datetime() - duration({minutes: 1})',
        { id: valid.id },
      );
      expect(codeOf(await gql(locked.base, '{ industries { id } }', valid.token))).toBe('FORBIDDEN');
      await expect(createApiToken(db, { name: 'x', role: 'viewer', days: 0 })).rejects.toThrow(/--days/);
    } finally {
      await locked.close();
    }
  });
});

describe('introspection and the audit log', () => {
  const introspection = '{ __schema { queryType { name } } }';

  it('the audit log needs a viewer token in every mode', async () => {
    expect(codeOf(await gql(app.base, '{ audit { id } }'))).toBe('FORBIDDEN');
    const viewer = await createToken(db, 'viewer', '审计查看');
    expect((await gql(app.base, '{ audit { id } }', viewer)).body.errors).toBeUndefined();
  });

  it('with READ_REQUIRES_TOKEN introspection needs a token; without it, it is open', async () => {
    expect((await gql(app.base, introspection)).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const locked = await startApp(db, { readRequiresToken: true });
    try {
      const refused = await gql(locked.base, introspection);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(codeOf(await gql(locked.base, '{ __type(name: "Query") { name } }'))).toBe('FORBIDDEN');
      const viewer = await createToken(db, 'viewer', '内省');
      expect((await gql(locked.base, introspection, viewer)).body.errors).toBeUndefined();
    } finally {
      await locked.close();
    }
  });
});

describe('CORS and security headers', () => {
  it('sends no Access-Control-Allow-Origin to a foreign origin by default, GraphQL or REST', async () => {
    const foreign = { origin: 'https://evil.example' };
    const post = await gql(app.base, '{ industries { id } }', null, foreign);
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${app.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        ...foreign,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    const rest = await fetch(`${app.base}/tables/templates/enterprises.csv`, { headers: foreign });
    expect(rest.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a listed origin (CORS_ORIGINS) and only that one', async () => {
    const open = await startApp(db, { corsOrigins: ['https://partner.example'] });
    try {
      const listed = await gql(open.base, '{ industries { id } }', null, {
        origin: 'https://partner.example',
      });
      expect(listed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
      const preflight = await fetch(`${open.base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      const other = await gql(open.base, '{ industries { id } }', null, { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('puts the security headers on every answer: JSON, files, errors, health', async () => {
    const answers = [
      await fetch(`${app.base}/healthz`),
      await fetch(`${app.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ industries { id } }"}',
      }),
      await fetch(`${app.base}/briefings/chain-scrap-aluminium-recycling.svg`),
      await fetch(`${app.base}/briefings/nothing.docx`),
      await fetch(`${app.base}/tables/export/enterprises.csv`),
      await fetch(`${app.base}/no-such-page`),
    ];
    for (const res of answers) {
      expect(res.headers.get('content-security-policy'), res.url).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });
});
