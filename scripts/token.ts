/**
 * npm run token -- [create] --name <holder> --role viewer|editor [--days N]
 * npm run token -- revoke <holder name or token id>
 * npm run token -- list
 * `create` makes an API token and prints it once; the database keeps only its sha256. With --days it expires
 * that many days from now. `revoke` stops every live token of a holder (or the one token with that id) at the
 * next request. Connects like `npm run seed` (NEO4J_URI when set, else the local Neo4j).
 */
import { parseArgs } from 'node:util';
import { createApiToken, listApiTokens, MAX_TOKEN_DAYS, revokeApiTokens } from '../server/auth/store.ts';
import { isRole, ROLES } from '../server/auth/token.ts';
import { runCli, UsageError, withDb } from './lib/cli.ts';

const USAGE = [
  `Usage: npm run token -- [create] --name <holder> --role ${ROLES.join('|')} [--days 1–${MAX_TOKEN_DAYS}]`,
  '       npm run token -- revoke <holder name or token id>',
  '       npm run token -- list',
].join('\n');

function parse() {
  try {
    return parseArgs({
      options: { name: { type: 'string' }, role: { type: 'string' }, days: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function create(values: {
  name?: string | undefined;
  role?: string | undefined;
  days?: string | undefined;
}) {
  const name = values.name?.trim();
  const role = values.role;
  if (!name || !isRole(role)) throw new UsageError('Give --name and --role.');
  const days = values.days === undefined ? undefined : Number(values.days);
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS))
    throw new UsageError(`--days must be a whole number from 1 to ${MAX_TOKEN_DAYS}.`);
  const t = await withDb((db) => createApiToken(db, { name, role, days }), { schema: true });
  process.stdout.write(
    `Created ${role} token ${t.id} for ${name}${t.expiresAt ? `, valid until ${t.expiresAt}` : ''}. ` +
      `It is shown only this once:\n\n${t.token}\n\nSend it as the header  Authorization: Bearer <token>\n`,
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parse();
  const [command = 'create', ...rest] = positionals;
  if (command === 'create' && rest.length === 0) await create(values);
  else if (command === 'revoke' && rest.length === 1 && rest[0]?.trim()) {
    const who = rest[0].trim();
    const revoked = await withDb((db) => revokeApiTokens(db, who));
    if (revoked.length === 0) {
      process.stderr.write(`No live token of "${who}" (by holder name or token id).\n`);
      return 1;
    }
    process.stdout.write(
      `Revoked ${revoked.map((t) => `${t.id} (${t.role})`).join(', ')}: refused from the next request on.\n`,
    );
  } else if (command === 'list' && rest.length === 0) {
    const tokens = await withDb(listApiTokens);
    for (const t of tokens) {
      const state = t.revokedAt
        ? `revoked ${t.revokedAt}`
        : t.expiresAt
          ? `expires ${t.expiresAt}`
          : 'no expiry';
      process.stdout.write(`${t.id}\t${t.role}\t${t.name}\tcreated ${t.createdAt}\t${state}\n`);
    }
  } else throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
  return 0;
}

runCli(main, { usage: USAGE });
