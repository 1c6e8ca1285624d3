/**
 * tsx scripts/synthetic-chain.ts [--links 800] [--feeds 1200] [--id chain-synthetic-large]
 * Writes a large synthetic chain (tests/largeChain.ts) into the Neo4j at NEO4J_URI — for trying the chain map
 * and `tsx bench/client.ts` by hand. It MERGEs its own ids next to what is there; use a disposable database.
 */
import { parseArgs } from 'node:util';
import { Db } from '../server/db/neo4j.ts';
import { writeLargeChain } from '../tests/largeChain.ts';
import { runCli } from './lib/cli.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { links: { type: 'string' }, feeds: { type: 'string' }, id: { type: 'string' } },
  });
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a disposable Neo4j');
  const db = new Db({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  try {
    const chain = await writeLargeChain(db, {
      ...(values.id ? { id: values.id } : {}),
      ...(values.links ? { links: Number(values.links) } : {}),
      ...(values.feeds ? { feeds: Number(values.feeds) } : {}),
    });
    process.stdout.write(`wrote ${chain.chainId}: ${chain.links} links, ${chain.feeds} FEEDS\n`);
  } finally {
    await db.close();
  }
  return 0;
}

runCli(main);
