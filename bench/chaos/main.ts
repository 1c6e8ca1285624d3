/**
 * npm run chaos [-- <scenario>…]   load, faults and hostile input against a real server and Neo4j (issue #9)
 *   scenarios: soak, db-down, sigterm, hostile, hostile-files, big-table, abuse, import-kill (default: all, in this order)
 * Starts its own Neo4j in a temporary directory (CHAOS_KEEP=1 keeps it), seeds it, runs the server under test as
 * a child process, prints each measurement with PASS/FAIL, writes bench/results/chaos.json, and exits 1 when a
 * criterion is not met. See docs/RELIABILITY.md.
 */
import neo4j from 'neo4j-driver';
import { calibrate, describeCalibration } from '../lib/calibrate.ts';
import type { ChaosContext } from './context.ts';
import { ChaosNeo4j, cleanUp, harnessDb, seed } from './env.ts';
import { sampleIds } from './load.ts';
import { Report, resultsFile } from './report.ts';
import { abuse } from './scenarios/abuse.ts';
import { bigTable } from './scenarios/big-table.ts';
import { dbDown } from './scenarios/db-down.ts';
import { hostile } from './scenarios/hostile.ts';
import { hostileFilesScenario } from './scenarios/hostile-files.ts';
import { importKill } from './scenarios/import-kill.ts';
import { sigterm } from './scenarios/sigterm.ts';
import { soak } from './scenarios/soak.ts';

const SCENARIOS: Record<string, (ctx: ChaosContext) => Promise<void>> = {
  soak,
  'db-down': dbDown,
  sigterm,
  hostile,
  'hostile-files': hostileFilesScenario,
  // its own server with its own supervised Neo4j (the default install)
  'big-table': bigTable,
  abuse,
  // last: it leaves the national pool imported
  'import-kill': importKill,
};

// The harness's own Db logs nothing (its driver would report every connection the kill breaks); the server
// child logs as usual (env.ts gives it its own LOG_LEVEL).
process.env.LOG_LEVEL = 'silent';

// Ctrl-C: no server child is left behind (Neo4j exits by itself when this process's pipe closes).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

async function main(): Promise<number> {
  const names = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = names.filter((n) => !(n in SCENARIOS));
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown scenario ${unknown.join(', ')}. Scenarios: ${Object.keys(SCENARIOS).join(', ')}\n`,
    );
    return 2;
  }
  const selected = Object.keys(SCENARIOS).filter((n) => names.length === 0 || names.includes(n));
  const report = new Report();
  process.stdout.write('starting Neo4j and seeding…\n');
  const neo = await ChaosNeo4j.start();
  const db = harnessDb(neo);
  const calibrationDriver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', ''));
  const measureMachine = async (when: string) => {
    const c = await calibrate(calibrationDriver);
    report.calibration.push(c);
    process.stdout.write(`machine ${when}: ${describeCalibration(c)}\n`);
  };
  try {
    await measureMachine('before');
    await seed(db);
    const ids = await sampleIds(db);
    for (const name of selected) {
      process.stdout.write(`\n== ${name}\n`);
      const t0 = performance.now();
      try {
        await (SCENARIOS[name] as (ctx: ChaosContext) => Promise<void>)({ neo, db, ids, report });
      } catch (err) {
        report.check(
          `${name.replace('-', '_')}.ran`,
          0,
          '',
          'runs to the end',
          false,
          String(err).slice(0, 400),
        );
      }
      process.stdout.write(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
    await measureMachine('after').catch(() => undefined);
  } finally {
    await calibrationDriver.close();
    await db.close();
    await neo.stop();
    cleanUp();
  }
  report.write();
  const failed = report.failed;
  process.stdout.write(
    `\n${Object.keys(report.results).length - failed.length}/${Object.keys(report.results).length} met; written to ${resultsFile}\n`,
  );
  if (failed.length > 0) process.stdout.write(`NOT MET: ${failed.join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    cleanUp();
    process.exit(1);
  },
);
