import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../server/paths.ts';
import { type Calibration, normalise, runFactor } from '../lib/calibrate.ts';

/** One measured number against its criterion; the shape of bench/results/*.json. */
export interface Metric {
  value: number;
  unit: string;
  target: string;
  met: boolean;
  /** A latency or rate normalised to the reference machine (bench/lib/calibrate.ts, database factor). */
  normalised?: number;
}

export const resultsFile = path.join(repoRoot, 'bench/results/chaos.json');

export class Report {
  readonly results: Record<string, Metric> = {};
  /** The machine measured before (and after) the run; chaos criteria are judged as measured, both are shown. */
  readonly calibration: Calibration[] = [];

  /** Records a metric and prints it with PASS/FAIL. */
  check(name: string, value: number, unit: string, target: string, met: boolean, note = ''): void {
    this.results[name] = { value: Math.round(value * 100) / 100, unit, target, met };
    const shown = Number.isFinite(value) ? `${Math.round(value * 100) / 100} ${unit}` : String(value);
    process.stdout.write(
      `  ${met ? 'PASS' : 'FAIL'}  ${name.padEnd(34)} ${shown.padEnd(16)} target ${target}${note ? `  (${note})` : ''}\n`,
    );
  }

  /** A yes/no criterion, recorded as 1 or 0 (graph hash unchanged, server alive …). */
  checkFlag(name: string, ok: boolean, target = '1'): void {
    this.check(name, ok ? 1 : 0, '', target, ok);
  }

  get failed(): string[] {
    return Object.entries(this.results)
      .filter(([, m]) => !m.met)
      .map(([k]) => k);
  }

  private normalised(): Record<string, Metric> {
    if (this.calibration.length === 0) return this.results;
    const factor = runFactor(this.calibration, 'db');
    const out: Record<string, Metric> = {};
    for (const [k, m] of Object.entries(this.results)) {
      const n = normalise(m.value, m.unit, factor);
      out[k] = n === m.value ? m : { ...m, normalised: n };
    }
    return out;
  }

  /** Writes bench/results/chaos.json; metrics of scenarios not run this time are kept from the last file. */
  write(): void {
    const previous =
      existsSync(resultsFile) &&
      (JSON.parse(readFileSync(resultsFile, 'utf8')) as { results?: Record<string, Metric> });
    const cpus = os.cpus();
    const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine,
          calibration: this.calibration,
          results: { ...(previous ? previous.results : {}), ...this.normalised() },
        },
        null,
        2,
      )}\n`,
    );
  }
}
