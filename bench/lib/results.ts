/** The benchmark results file: `{ date, machine, results: { <metric>: { value, unit, target, met } } }`. */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export interface Metric {
  value: number;
  unit: string;
  /** e.g. "<= 50" or ">= 500". */
  target: string;
  met: boolean;
  /** How it was measured, and what the samples were. */
  detail?: Record<string, unknown>;
}

export interface ResultsFile {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  results: Record<string, Metric>;
}

export function machine(): ResultsFile['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** A metric against a target "<= x" or ">= x". */
export function metric(
  value: number,
  unit: string,
  target: string,
  detail?: Record<string, unknown>,
): Metric {
  const m = /^(<=|>=)\s*([\d.]+)$/.exec(target);
  if (!m) throw new Error(`bad target ${target}`);
  const bound = Number(m[2]);
  const met = Number.isFinite(value) && (m[1] === '<=' ? value <= bound : value >= bound);
  return detail ? { value, unit, target, met, detail } : { value, unit, target, met };
}

/** Merges `results` into the file (metrics measured by an earlier partial run are kept). */
export function writeResults(file: string, results: Record<string, Metric>): ResultsFile {
  let previous: ResultsFile | null = null;
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
  } catch {
    previous = null;
  }
  const out: ResultsFile = {
    date: new Date().toISOString(),
    machine: machine(),
    results: { ...(previous?.results ?? {}), ...results },
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  return out;
}
