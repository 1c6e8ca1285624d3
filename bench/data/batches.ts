/**
 * The loaders' write loop: batches sent `concurrency` at a time, each in its own session and transaction, so that
 * while Neo4j writes one the next is serialised and sent. Deadlocks on shared nodes are retried by executeWrite.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';

/** `rows` cut into lists of `size` (the last one shorter). */
export function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Writes every batch with `write`, `concurrency` transactions in flight (default 1). */
export async function writeBatches<T>(
  driver: Driver,
  opts: { database?: string | undefined; concurrency?: number },
  batches: readonly T[],
  write: (tx: ManagedTransaction, batch: T) => PromiseLike<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    const s = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
    try {
      for (let i = next++; i < batches.length; i = next++) {
        const batch = batches[i] as T;
        await s.executeWrite((tx) => write(tx, batch));
      }
    } finally {
      await s.close();
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 1 }, worker));
}
