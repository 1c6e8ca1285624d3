import type { Db } from '../db/neo4j.ts';
import {
  type Actor,
  ANONYMOUS,
  bearerToken,
  hashToken,
  isRole,
  newToken,
  newTokenId,
  type Role,
} from './token.ts';

/** Longest a token may be made to live with --days (ten years); without --days it never expires. */
export const MAX_TOKEN_DAYS = 3650;

/**
 * Creates an ApiToken (only its hash is stored) and returns the token, which cannot be recovered later. With
 * `days` it stops working that many days from now (checked on every request, cypher/auth/token-by-hash.cypher).
 */
export async function createApiToken(
  db: Db,
  opts: { name: string; role: Role; days?: number | undefined },
): Promise<{ id: string; token: string; expiresAt: string | null }> {
  const name = opts.name.trim();
  if (name === '') throw new Error('a token needs a name (the person or system that holds it)');
  const days = opts.days ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS))
    throw new Error(`--days must be a whole number from 1 to ${MAX_TOKEN_DAYS}, got ${days}`);
  const token = newToken();
  const id = newTokenId();
  const [row] = await db.writeOne<{ expiresAt: string | null }>('auth/create-token', {
    id,
    name,
    role: opts.role,
    hash: hashToken(token),
    days,
  });
  return { id, token, expiresAt: row?.expiresAt ?? null };
}

/**
 * Revokes every live token of a holder (by name, or one token by its id): from the next request on it is
 * treated as no token — the response cache keys on the token's validity, not on the header (responseCache.ts).
 */
export async function revokeApiTokens(db: Db, nameOrId: string): Promise<{ id: string; role: string }[]> {
  return db.writeOne<{ id: string; role: string }>('auth/revoke-tokens', { name: nameOrId.trim() });
}

export interface TokenInfo {
  id: string;
  name: string;
  role: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export const listApiTokens = (db: Db) => db.read<TokenInfo>('auth/list-tokens');

/** The caller behind an Authorization header: hash → lookup. Unknown, revoked and expired tokens are anonymous. */
export async function actorFromHeader(db: Db, header: string | null | undefined): Promise<Actor> {
  const token = bearerToken(header);
  if (token === null) return ANONYMOUS;
  const [row] = await db.read<{ id: string; name: string; role: string }>('auth/token-by-hash', {
    hash: hashToken(token),
  });
  if (!row || !isRole(row.role)) return ANONYMOUS;
  return { role: row.role, name: row.name, tokenId: row.id };
}

const byRequest = new WeakMap<object, Promise<Actor>>();

/**
 * The caller of one request, looked up at most once however many layers ask (the per-client limits, the
 * response cache's session, the GraphQL context): memoised on the request object, so it lives as long as it.
 */
export function requestActor(db: Db, request: object, header: string | null | undefined): Promise<Actor> {
  let actor = byRequest.get(request);
  if (!actor) {
    actor = actorFromHeader(db, header);
    byRequest.set(request, actor);
  }
  return actor;
}

/** The object a request's caller is remembered by: the Node request when there is one (shared with app.ts). */
export const requestKey = (request: object, serverContext: { req?: object } | undefined) =>
  serverContext?.req ?? request;
