/**
 * Machine calibration: every bench and chaos run measures the machine it runs on before (and after) it measures
 * the product, and reports each latency and rate both as measured and normalised to the reference machine below.
 * Three probes, each a fixed amount of work:
 *   - cpu:  a plain Node loop of 1e8 additions (the speed of V8 and of the core it got);
 *   - bolt: a Bolt `RETURN 1` round trip to the benchmark's Neo4j (driver, loopback, the JVM's request path);
 *   - read: reading a 64 MiB file that is in the OS page cache (memory bandwidth and syscalls).
 * A probe's factor is measured / reference (2 = this machine is half as fast as the reference right now). A
 * latency is normalised by dividing it by its factor, a rate by multiplying. Database-path figures (API
 * latencies, import, throughput) use the weighted geometric mean cpu^0.5 · bolt^0.25 · read^0.25; client and
 * cold-start figures (a browser and a JVM planning queries: CPU) use cpu alone. See docs/BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { query } from '../../cypher/index.ts';
import { median, round } from './stats.ts';

/** The reference machine: what the three probes take on it (docs/BENCHMARKS.md, "The reference machine"). */
export const REFERENCE = { cpuLoopS: 0.75, boltRoundTripMs: 4.0, pageCacheReadMs: 40 } as const;

export interface Calibration {
  at: string;
  loadAverage: number[];
  cpuLoopS: number;
  boltRoundTripMs: number | null;
  pageCacheReadMs: number;
  factors: { cpu: number; bolt: number | null; read: number; db: number };
}

/**
 * 1e8 additions at script scope in a fresh Node, exactly `node -e "let s = 0; for (let i = 0; i < 1e8; i++) s += i"`
 * (inside a function V8 turns the loop into a few instructions, which says nothing about the machine).
 */
const LOOP =
  'let s = 0; const t = performance.now(); for (let i = 0; i < 1e8; i++) s += i; ' +
  'process.stdout.write(String(s > 0 ? performance.now() - t : -1))';

function cpuProbe(): number {
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    times.push(Number(execFileSync(process.execPath, ['-e', LOOP], { encoding: 'utf8' })) / 1000);
  }
  return median(times);
}

const READ_BYTES = 64 * 2 ** 20;

function readProbe(): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-calibrate-'));
  const file = path.join(dir, 'probe.bin');
  try {
    const chunk = Buffer.alloc(2 ** 20, 7);
    const fd = openSync(file, 'w');
    for (let i = 0; i < READ_BYTES / chunk.length; i++) writeSync(fd, chunk);
    closeSync(fd);
    readFileSync(file); // now in the page cache
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      readFileSync(file);
      times.push(performance.now() - t);
    }
    return median(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function boltProbe(driver: Driver): Promise<number> {
  const ping = query('ping');
  for (let i = 0; i < 20; i++) await driver.executeQuery(ping);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await driver.executeQuery(ping);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Measures the machine now; without a driver the Bolt probe is left out of the database factor. */
export async function calibrate(driver?: Driver): Promise<Calibration> {
  const cpuLoopS = cpuProbe();
  const pageCacheReadMs = readProbe();
  const boltRoundTripMs = driver ? await boltProbe(driver) : null;
  const cpu = cpuLoopS / REFERENCE.cpuLoopS;
  const read = pageCacheReadMs / REFERENCE.pageCacheReadMs;
  const bolt = boltRoundTripMs === null ? null : boltRoundTripMs / REFERENCE.boltRoundTripMs;
  const db = bolt === null ? cpu ** (2 / 3) * read ** (1 / 3) : cpu ** 0.5 * bolt ** 0.25 * read ** 0.25;
  return {
    at: new Date().toISOString(),
    loadAverage: os.loadavg().map((x) => round(x, 2)),
    cpuLoopS: round(cpuLoopS, 3),
    boltRoundTripMs: boltRoundTripMs === null ? null : round(boltRoundTripMs, 2),
    pageCacheReadMs: round(pageCacheReadMs, 2),
    factors: {
      cpu: round(cpu, 3),
      bolt: bolt === null ? null : round(bolt, 3),
      read: round(read, 3),
      db: round(db, 3),
    },
  };
}

export type FactorKind = 'db' | 'cpu';

/** The factor a run is normalised with: the mean of the calibrations before and after it. */
export function runFactor(cals: readonly Calibration[], kind: FactorKind): number {
  const xs = cals.map((c) => c.factors[kind]);
  return round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length), 3);
}

/** A latency (ms, s) divided by the factor; a rate (…/s) multiplied; anything else unchanged. */
export function normalise(value: number, unit: string, factor: number): number {
  if (unit === 'ms' || unit === 's') return round(value / factor, 1);
  if (unit.endsWith('/s')) return Math.round(value * factor);
  return value;
}

export const describeCalibration = (c: Calibration): string =>
  `loop ${c.cpuLoopS} s, RETURN 1 ${c.boltRoundTripMs ?? '–'} ms, 64 MiB cached read ${c.pageCacheReadMs} ms, ` +
  `load ${c.loadAverage.join(' ')} → factors cpu ${c.factors.cpu}, db ${c.factors.db}`;
