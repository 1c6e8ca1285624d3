/**
 * The benchmark results file: `{ date, machine, calibration, results: { <metric>: { value, unit, target, met,
 * measured, factor } } }`. `value` is normalised to the reference machine (bench/lib/calibrate.ts) and `met` is
 * judged on it; `measured` is what this machine did.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { type Calibration, type FactorKind, normalise, runFactor } from './calibrate.ts';

export interface Metric {
  value: number;
  unit: string;
  /** e.g. "<= 50" or ">= 500". */
  target: string;
  met: boolean;
  /** As measured on this machine (value is normalised to the reference machine). */
  measured?: number;
  /** The calibration factor value = measured / factor (latencies) or measured × factor (rates). */
  factor?: number;
  /** How it was measured, and what the samples were. */
  detail?: Record<string, unknown>;
}

export interface ResultsFile {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  /** The machine measured before and after the run. */
  calibration?: Calibration[];
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

/**
 * A measured metric normalised to the reference machine with the run's calibrations: `value` becomes the
 * normalised figure, `met` is judged on it, `measured` keeps the original.
 */
export function calibrated(m: Metric, cals: readonly Calibration[], kind: FactorKind | null): Metric {
  if (kind === null || cals.length === 0) return m;
  const factor = runFactor(cals, kind);
  const value = normalise(m.value, m.unit, factor);
  return { ...metric(value, m.unit, m.target, m.detail), measured: m.value, factor };
}

/** Merges `results` into the file (metrics measured by an earlier partial run are kept). */
export function writeResults(
  file: string,
  results: Record<string, Metric>,
  calibration?: Calibration[],
): ResultsFile {
  let previous: ResultsFile | null = null;
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
  } catch {
    previous = null;
  }
  const out: ResultsFile = {
    date: new Date().toISOString(),
    machine: machine(),
    ...(calibration ? { calibration } : {}),
    results: { ...(previous?.results ?? {}), ...results },
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  return out;
}
