import { loadSeed } from '../seed/index.ts';
import { createApp } from './app.ts';
import { ensureClientBuilt } from './build.ts';
import { readConfig } from './config.ts';
import { connect } from './db/connect.ts';
import { log } from './log.ts';
import { warmUp } from './warmup.ts';

async function main(): Promise<void> {
  const t0 = performance.now();
  const config = readConfig();
  const [conn] = await Promise.all([connect(config), ensureClientBuilt()]);
  const { db } = conn;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    server.close();
    server.closeAllConnections();
    await conn.stopLocal().catch((e: unknown) => log.error('stopping Neo4j failed', { error: String(e) }));
    if (!conn.local) await db.close();
    process.exit(0);
  };

  await db.applySchema();
  if (config.seedOnStart) {
    const rows = await db.read<{ count: number }>('count-nodes');
    if ((rows[0]?.count ?? 0) === 0) {
      const summary = await loadSeed(db.driver, { database: db.database });
      log.info('seeded an empty database', { ...summary });
    }
  }

  const server = createApp(db, { production: config.production });
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  server.on('error', (err: NodeJS.ErrnoException) => {
    const msg =
      err.code === 'EADDRINUSE'
        ? `port ${config.port} is already in use; set PORT to another port or stop the process using it`
        : err.message;
    process.stderr.write(`ERROR: ${msg}\n`);
    void conn.stopLocal().finally(() => process.exit(1));
  });
  server.listen(config.port, config.host, () => {
    log.info('ready', {
      url: `http://localhost:${config.port}`,
      graphql: `http://localhost:${config.port}/graphql`,
      startupMs: Math.round(performance.now() - t0),
    });
    void warmUp(db);
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`ERROR: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
