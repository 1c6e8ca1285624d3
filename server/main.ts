import { loadSeed } from '../seed/index.ts';
import { fillLinkCounts } from '../seed/linkCounts.ts';
import { migrateSought, migrateToRegions, migrateUnzonedProjects } from '../seed/migrate.ts';
import { migrateProvenance } from '../seed/migrateProvenance.ts';
import { fillScopeKeys } from '../seed/scopeKeys.ts';
import { createApp } from './app.ts';
import { processActor } from './audit/entries.ts';
import { ensureClientBuilt } from './build.ts';
import { readConfig } from './config.ts';
import { connect } from './db/connect.ts';
import { GraphLexiconCache, graphLexiconSource } from './imports/graphLexicon.ts';
import { renameLegacyGroups } from './imports/legacyGroups.ts';
import { startJobPool } from './jobs/pool.ts';
import { log } from './log.ts';
import { warmUp, warmUpRequests } from './warmup.ts';

/** How long a stop waits for requests in flight before it cuts them. */
const DRAIN_MS = 10_000;
/**
 * How long a stop leaves idle keep-alive connections open. A client may have just written its next request on
 * one (the server cannot see it yet); closing the socket at the signal reset those requests (4 of 32 in the chaos
 * run). Within the grace such a request is served with `Connection: close`; after it, idle sockets are closed.
 */
const IDLE_GRACE_MS = 1_000;

async function main(): Promise<void> {
  const t0 = performance.now();
  const config = readConfig();
  const [conn] = await Promise.all([
    connect(config),
    config.serveClient ? ensureClientBuilt() : Promise.resolve(),
  ]);
  const { db } = conn;
  let stopping = false;
  /**
   * Graceful stop: refuse new connections, let requests in flight finish (each answered with `Connection: close`),
   * close keep-alive connections once idle after IDLE_GRACE_MS, at most DRAIN_MS in all; then close the driver
   * (and the local Neo4j) and exit 0.
   */
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal, draining: true });
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    let idle: NodeJS.Timeout | undefined;
    const grace = setTimeout(() => {
      server.closeIdleConnections();
      idle = setInterval(() => server.closeIdleConnections(), 50);
    }, IDLE_GRACE_MS);
    const cut = setTimeout(() => {
      log.warn('drain timed out; closing the remaining connections', { ms: DRAIN_MS });
      server.closeAllConnections();
    }, DRAIN_MS);
    await closed;
    clearTimeout(grace);
    clearInterval(idle);
    clearTimeout(cut);
    log.info('requests drained');
    await conn.stopLocal().catch((e: unknown) => log.error('stopping Neo4j failed', { error: String(e) }));
    if (!conn.local) await db.close();
    log.info('neo4j driver closed');
    process.exit(0);
  };

  await db.applySchema();
  // A database seeded before districts existed gains 綦江区 (docs/SEED.md, "Regions"); a no-op afterwards.
  if (await migrateToRegions(db, { actor: processActor('SERVER') }))
    log.info('migrated the graph to regions');
  // A database seeded before plans' sought links were kept gains them (docs/SEED.md, `sought`); a no-op afterwards.
  if (await migrateSought(db, { actor: processActor('SERVER') })) log.info('added the plan’s sought links');
  // Fact edges the seed states whose quote an old plan commit overwrote get it back (docs/IMPORTS.md); a no-op after.
  const reattributed = await migrateProvenance(db, { actor: processActor('SERVER') });
  if (reattributed > 0) log.info("gave the seed's quote back to fact edges", { edges: reattributed });
  // A plan's projects in no zone are in its district (docs/SEED.md, "Regions"); a no-op afterwards.
  const placed = await migrateUnzonedProjects(db, { actor: processActor('SERVER') });
  if (placed > 0) log.info("placed plans' unzoned projects in their districts", { projects: placed });
  // Groups earlier imports named 导入：<title> are named by their district (未归类产业链（…）); a no-op afterwards.
  const renamed = await renameLegacyGroups(db, processActor('SERVER'));
  if (renamed > 0) log.info('renamed imported groups', { count: renamed });
  if (config.seedOnStart) {
    const rows = await db.read<{ count: number }>('count-nodes');
    if ((rows[0]?.count ?? 0) === 0) {
      const summary = await loadSeed(db, { actor: processActor('SERVER') });
      log.info('seeded an empty database', { ...summary });
    }
  }
  // Links whose producer counts were never stored (a database written before they were kept) are counted now.
  const c0 = performance.now();
  const counted = await fillLinkCounts(db);
  if (counted > 0)
    log.info('stored producer counts', { links: counted, ms: Math.round(performance.now() - c0) });
  // Firms written before they carried their province and city (the region pages' indexes) get them now.
  const k0 = performance.now();
  const keyed = await fillScopeKeys(db);
  if (keyed > 0)
    log.info("stored firms' scope keys", { regions: keyed, ms: Math.round(performance.now() - k0) });

  const lexicons = new GraphLexiconCache(graphLexiconSource(db));
  const server = createApp(db, {
    production: config.production,
    serveClient: config.serveClient,
    responseCache: config.responseCache,
    localNeo4j: conn.localStatus,
    lexicons,
  });
  // While draining, every answer closes its connection so keep-alive clients cannot hold the server open.
  server.prependListener('request', (_req, res) => {
    if (stopping) res.setHeader('connection', 'close');
  });
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
  // The named queries are planned against the real data before the server listens, and the heaviest chain map
  // is asked for once before it says ready, so `ready` means the first chain map is answered at warm speed (a
  // cold plan cost 3 s on the national graph, the first 800-link answer 3–9× the second: docs/BENCHMARKS.md).
  // The upload workers start before the query warm-up, which is Neo4j's work for tens of seconds: they have loaded
  // the extractor by `ready`, so neither the first upload nor the first chain maps after `ready` wait for them.
  const workers = startJobPool();
  await warmUp(db);
  // The upload route's product lexicon is read now, not by the first upload (which then only reads the version).
  // A warm-up: should the read fail, the first upload reads it again, and the server still starts.
  await lexicons
    .current()
    .catch((err: unknown) => log.warn('product lexicon not read before ready', { error: String(err) }));
  server.listen(config.port, config.host, async () => {
    // The heaviest chain map once through the server itself (loopback unless it listens on one address only).
    const address = server.address();
    const self = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
    if (address && typeof address === 'object')
      await warmUpRequests(db, `http://${self.includes(':') ? `[${self}]` : self}:${address.port}`);
    log.info('ready', {
      url: `http://localhost:${config.port}`,
      graphql: `http://localhost:${config.port}/graphql`,
      startupMs: Math.round(performance.now() - t0),
      jobWorkers: workers,
    });
  });
  // After an outage Neo4j may have restarted without its query plans: plan them again before users need them.
  db.onBack(() => void warmUp(db));
}

main().catch((err: unknown) => {
  process.stderr.write(`ERROR: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
