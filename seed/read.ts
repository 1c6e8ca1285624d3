import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileSeed, parseWith, type SeedGraph } from './compile.ts';
import { SeedError } from './errors.ts';
import { indicatorsFileSchema, industryFileSchema, zonesFileSchema } from './schema.ts';

export const PLAN_DOCUMENT = {
  id: 'doc-qijiang-plan-2021-2025',
  title: '重庆市綦江区“十四五”工业转型升级高质量发展规划（2021—2025 年）',
  file: 'seed/sources/qijiang-gazette-2023-02.txt',
  /** The gazette issue of February 2023: seeded facts are as old as this (see docs/EDITING.md, staleness). */
  issued: '2023-02-01',
  periodStart: 2021,
  periodEnd: 2025,
};

function readJson(file: string, label: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SeedError(label, '(file)', '(file)', `cannot read: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new SeedError(label, '(file)', '(syntax)', `invalid JSON: ${(err as Error).message}`);
  }
}

/**
 * Reads and validates every seed file under `dataDir` (zones.json, indicators.json, industries/*.json) and
 * compiles them into one graph. Nothing is written here; a problem throws a SeedError naming file, entry, field.
 */
export function readSeed(seedRoot: string, dataDir = path.join(seedRoot, 'data')): SeedGraph {
  const rel = (f: string) => path.relative(seedRoot, f) || f;
  const sourceFile = path.join(seedRoot, 'sources', path.basename(PLAN_DOCUMENT.file));
  const text = readFileSync(sourceFile, 'utf8');

  const zonesFile = path.join(dataDir, 'zones.json');
  const indicatorsFile = path.join(dataDir, 'indicators.json');
  const industriesDir = path.join(dataDir, 'industries');
  const industryFiles = readdirSync(industriesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(industriesDir, f));

  return compileSeed({
    document: { ...PLAN_DOCUMENT, text },
    zones: {
      file: rel(zonesFile),
      ...parseWith(zonesFileSchema, readJson(zonesFile, rel(zonesFile)), rel(zonesFile)),
    },
    indicators: {
      file: rel(indicatorsFile),
      ...parseWith(indicatorsFileSchema, readJson(indicatorsFile, rel(indicatorsFile)), rel(indicatorsFile)),
    },
    industries: industryFiles.map((f) => ({
      file: rel(f),
      data: parseWith(industryFileSchema, readJson(f, rel(f)), rel(f)),
    })),
  });
}
