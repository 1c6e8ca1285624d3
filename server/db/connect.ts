import net from 'node:net';
import path from 'node:path';
import type { Config } from '../config.ts';
import { log } from '../log.ts';
import { repoRoot } from '../paths.ts';
import { ensureLauncherBuilt } from './localNeo4j.ts';
import { Db } from './neo4j.ts';
import { type LocalStatus, Neo4jSupervisor } from './supervisor.ts';

export interface Connection {
  db: Db;
  /** Stops the local Neo4j if this process started it. */
  stopLocal: () => Promise<void>;
  local: boolean;
  /** The supervised local Neo4j's state, for /healthz; absent for a Neo4j this process did not start. */
  localStatus?: () => LocalStatus;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until the database answers, for at most `timeoutMs`. */
export async function waitForDb(db: Db, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await db.ping())) {
    if (Date.now() > deadline)
      throw new Error(`Neo4j did not answer within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Uses the Neo4j configured through NEO4J_URI, or else starts the local embedded one (neo4j-launcher/) with
 * its data under LOCAL_NEO4J_DATA.
 */
export async function connect(config: Config): Promise<Connection> {
  if (config.neo4j) {
    const db = new Db(config.neo4j);
    log.info('using configured Neo4j', {
      uri: config.neo4j.uri,
      database: config.neo4j.database ?? '(default)',
    });
    try {
      await waitForDb(db, 15_000);
    } catch {
      await db.close();
      throw new Error(
        `Cannot reach Neo4j at ${config.neo4j.uri} (NEO4J_URI). Check that it is running and that NEO4J_USER/NEO4J_PASSWORD are right, or unset NEO4J_URI to start the local Neo4j.`,
      );
    }
    return { db, stopLocal: async () => {}, local: false };
  }
  // A local Neo4j already running on the port (e.g. `npm run db` in another terminal) is used as it is.
  if (await portOpen(config.local.port)) {
    const db = new Db({ uri: `bolt://127.0.0.1:${config.local.port}`, user: 'neo4j', password: 'local' });
    if (await db.ping()) {
      log.info('using the Neo4j already running on the local port', { port: config.local.port });
      return { db, stopLocal: async () => {}, local: false };
    }
    await db.close();
  }
  const t0 = performance.now();
  await ensureLauncherBuilt({ log: (s) => log.info(s) });
  // Supervised: its output goes to <data>/logs/jvm.log, and it is restarted with backoff when it exits.
  const local = new Neo4jSupervisor({
    port: config.local.port,
    dataDir: path.resolve(repoRoot, config.local.dataDir),
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    log: (s) => log.warn(s),
  });
  const { uri } = await local.start();
  log.info('local Neo4j ready', {
    uri,
    ms: Math.round(performance.now() - t0),
    log: local.status().log,
  });
  const db = new Db({ uri, user: 'neo4j', password: 'local' });
  return {
    db,
    local: true,
    localStatus: () => local.status(),
    stopLocal: async () => {
      await db.close();
      await local.stop();
    },
  };
}
