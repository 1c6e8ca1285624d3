import type { Driver } from 'neo4j-driver';
import { query } from '../server/db/cypher.ts';
import { bumpGraphVersion } from '../server/db/graphVersion.ts';
import type { SeedGraph } from './compile.ts';

export interface WriteOptions {
  database?: string | undefined;
  /** Delete the seeded graph first, in the same transaction. */
  reset?: boolean;
}

/**
 * Writes the compiled seed graph in ONE transaction: all or nothing. Every statement MERGEs on `id`, so
 * loading the same seed twice changes nothing.
 */
export async function writeSeed(driver: Driver, g: SeedGraph, opts: WriteOptions = {}): Promise<void> {
  const session = driver.session({ database: opts.database });
  try {
    await session.executeWrite(async (tx) => {
      const run = (name: string, rows: unknown[]) => tx.run(query(`seed/${name}`), { rows });
      if (opts.reset) await tx.run(query('seed/reset'));
      await bumpGraphVersion(tx);
      await tx.run(query('seed/document'), { document: g.document });
      await run('sources', g.sources);
      await run('industries', g.industries);
      await run('chains', g.chains);
      await run('products', g.products);
      await run('has-link', g.hasLink);
      await run('feeds', g.feeds);
      await run('zones', g.zones);
      await run('part-of', g.partOf);
      await run('focuses', g.focuses);
      await run('key-zones', g.keyZones);
      await run('enterprises', g.enterprises);
      await run('located-in', g.locatedIn);
      await run('produces', g.produces);
      await run(
        'target-for-product',
        g.targetFor.filter((t) => t.kind === 'Product'),
      );
      await run(
        'target-for-chain',
        g.targetFor.filter((t) => t.kind === 'Chain'),
      );
      await run('projects', g.projects);
      await run('builds', g.builds);
      await run('in-zone', g.inZone);
      await run('by', g.by);
      await run('indicators', g.indicators);
    });
  } finally {
    await session.close();
  }
}
