/**
 * npm run token -- --name <holder> --role viewer|editor
 * Creates an API token and prints it once; the database keeps only its sha256. Connects like `npm run seed`
 * (NEO4J_URI when set, else the local Neo4j).
 */
import { parseArgs } from 'node:util';
import { createApiToken } from '../server/auth/store.ts';
import { isRole, ROLES } from '../server/auth/token.ts';
import { runCli, UsageError, withDb } from './lib/cli.ts';

const USAGE = `Usage: npm run token -- --name <holder> --role ${ROLES.join('|')}`;

async function main(): Promise<number> {
  let values: { name?: string | undefined; role?: string | undefined };
  try {
    ({ values } = parseArgs({
      options: { name: { type: 'string' }, role: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const name = values.name?.trim();
  const role = values.role;
  if (!name || !isRole(role)) throw new UsageError('Give --name and --role.');
  const { id, token } = await withDb((db) => createApiToken(db, { name, role }), { schema: true });
  process.stdout.write(
    `Created ${role} token ${id} for ${name}. It is shown only this once:\n\n${token}\n\n` +
      'Send it as the header  Authorization: Bearer <token>\n',
  );
  return 0;
}

runCli(main, { usage: USAGE });
