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

/** Creates an ApiToken (only its hash is stored) and returns the token, which cannot be recovered later. */
export async function createApiToken(
  db: Db,
  opts: { name: string; role: Role },
): Promise<{ id: string; token: string }> {
  const name = opts.name.trim();
  if (name === '') throw new Error('a token needs a name (the person or system that holds it)');
  const token = newToken();
  const id = newTokenId();
  await db.writeOne('auth/create-token', { id, name, role: opts.role, hash: hashToken(token) });
  return { id, token };
}

/** The caller behind an Authorization header: hash → lookup. Unknown tokens are anonymous. */
export async function actorFromHeader(db: Db, header: string | null | undefined): Promise<Actor> {
  const token = bearerToken(header);
  if (token === null) return ANONYMOUS;
  const [row] = await db.read<{ id: string; name: string; role: string }>('auth/token-by-hash', {
    hash: hashToken(token),
  });
  if (!row || !isRole(row.role)) return ANONYMOUS;
  return { role: row.role, name: row.name, tokenId: row.id };
}
