import type http from 'node:http';
import { requestActor } from '../auth/store.ts';
import { type Actor, allows, type Role } from '../auth/token.ts';
import type { Db } from '../db/neo4j.ts';
import { sendError } from './toolkit.ts';

/** The caller of a request that has passed a role check: a token's holder (the actor of its audit entries). */
export type Holder = Extract<Actor, { role: Role }>;

/**
 * Answers itself and returns null unless the request's token has at least `role`: 401 (with WWW-Authenticate)
 * without a valid token — none, unknown, revoked or expired — and 403 with a token of too low a role. Else the
 * token's holder, whose name the audit entries of a write record.
 */
export async function requireRole(
  db: Db,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  role: Role,
): Promise<Holder | null> {
  const actor = await requestActor(db, req, req.headers.authorization);
  if (actor.role !== null && allows(actor.role, role)) return actor as Holder;
  const how = `send Authorization: Bearer <token> (npm run token -- --role ${role})`;
  if (actor.role === null) {
    res.setHeader('www-authenticate', 'Bearer');
    sendError(res, 401, 'UNAUTHORIZED', `This needs a valid ${role} token: ${how}.`, { need: role });
  } else sendError(res, 403, 'FORBIDDEN', `This needs a ${role} token, not a ${actor.role} one: ${how}.`);
  return null;
}

/** Writes over plain HTTP (imports) need an editor token, like GraphQL mutations. */
export const requireEditor = (db: Db, req: http.IncomingMessage, res: http.ServerResponse) =>
  requireRole(db, req, res, 'editor');
