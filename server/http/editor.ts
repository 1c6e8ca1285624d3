import type http from 'node:http';
import { requestActor } from '../auth/store.ts';
import { allows, type Role } from '../auth/token.ts';
import type { Db } from '../db/neo4j.ts';
import { sendError } from './toolkit.ts';

/**
 * Answers itself and returns false unless the request's token has at least `role`: 401 (with
 * WWW-Authenticate) without a valid token — none, unknown, revoked or expired — and 403 with a token of too low a
 * role.
 */
export async function requireRole(
  db: Db,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  role: Role,
): Promise<boolean> {
  const actor = await requestActor(db, req, req.headers.authorization);
  if (allows(actor.role, role)) return true;
  const how = `send Authorization: Bearer <token> (npm run token -- --role ${role})`;
  if (actor.role === null) {
    res.setHeader('www-authenticate', 'Bearer');
    sendError(res, 401, 'UNAUTHORIZED', `This needs a valid ${role} token: ${how}.`, { need: role });
  } else sendError(res, 403, 'FORBIDDEN', `This needs a ${role} token, not a ${actor.role} one: ${how}.`);
  return false;
}

/** Writes over plain HTTP (imports) need an editor token, like GraphQL mutations. */
export const requireEditor = (db: Db, req: http.IncomingMessage, res: http.ServerResponse) =>
  requireRole(db, req, res, 'editor');
