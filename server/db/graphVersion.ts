import { query } from '../../cypher/index.ts';

/** Anything that runs Cypher in a write transaction (a driver Transaction or ManagedTransaction). */
interface TxLike {
  run(text: string, params?: Record<string, unknown>): PromiseLike<unknown>;
}

/**
 * Marks the graph as changed, inside the writer's own transaction (so a rolled-back write changes no version).
 * Db.write calls it for every writer (seed, plan imports, table imports, the pool import); the mutations call it
 * in their transaction (server/graphql/resolvers/mutationTx.ts). Servers poll the version
 * and drop cached responses when it moves (server/graphql/responseCache.ts).
 */
export async function bumpGraphVersion(tx: TxLike): Promise<void> {
  await tx.run(query('graph-version/bump'));
}
