/**
 * npm run token -- --name <holder> --role viewer|editor
 * Creates an API token and prints it once; the database keeps only its sha256. Connects like `npm run seed`
 * (NEO4J_URI when set, else the local Neo4j).
 */
import { parseArgs } from 'node:util';
import { createApiToken } from '../server/auth/store.ts';
import { isRole, ROLES } from '../server/auth/token.ts';
import { readConfig } from '../server/config.ts';
import { connect } from '../server/db/connect.ts';

const USAGE = `Usage: npm run token -- --name <holder> --role ${ROLES.join('|')}`;

async function main(): Promise<number> {
  let values: { name?: string | undefined; role?: string | undefined };
  try {
    ({ values } = parseArgs({
      options: { name: { type: 'string' }, role: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const name = values.name?.trim();
  if (!name || !isRole(values.role)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const conn = await connect({ ...readConfig(), seedOnStart: false });
  try {
    await conn.db.applySchema();
    const { id, token } = await createApiToken(conn.db, { name, role: values.role });
    process.stdout.write(
      `Created ${values.role} token ${id} for ${name}. It is shown only this once:\n\n${token}\n\n` +
        'Send it as the header  Authorization: Bearer <token>\n',
    );
    return 0;
  } finally {
    await conn.stopLocal();
    if (!conn.local) await conn.db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`ERROR: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
