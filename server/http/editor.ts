import type http from 'node:http';
import { actorFromHeader } from '../auth/store.ts';
import { allows } from '../auth/token.ts';
import type { Db } from '../db/neo4j.ts';

/** Writes over plain HTTP (imports) need an editor token, like GraphQL mutations. Answers 403 itself if not. */
export async function requireEditor(
  db: Db,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  const actor = await actorFromHeader(db, req.headers.authorization);
  if (allows(actor.role, 'editor')) return true;
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify({
      code: 'FORBIDDEN',
      error:
        'Writing needs an editor token: send Authorization: Bearer <token> (npm run token -- --role editor).',
    }),
  );
  return false;
}
