import type http from 'node:http';
import { actorFromHeader } from '../auth/store.ts';
import { allows, type Role } from '../auth/token.ts';
import type { Db } from '../db/neo4j.ts';
import { sendError } from './toolkit.ts';

/** Answers 403 itself and returns false unless the request's token has at least `role`. */
export async function requireRole(
  db: Db,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  role: Role,
): Promise<boolean> {
  const actor = await actorFromHeader(db, req.headers.authorization);
  if (allows(actor.role, role)) return true;
  sendError(
    res,
    403,
    'FORBIDDEN',
    `This needs a ${role} token: send Authorization: Bearer <token> (npm run token -- --role ${role}).`,
  );
  return false;
}

/** Writes over plain HTTP (imports) need an editor token, like GraphQL mutations. */
export const requireEditor = (db: Db, req: http.IncomingMessage, res: http.ServerResponse) =>
  requireRole(db, req, res, 'editor');
