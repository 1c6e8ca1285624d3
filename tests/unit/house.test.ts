import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * House rules that a reviewer would otherwise check by hand (the import layering is checked by
 * dependency-cruiser, `npm run lint:deps`):
 *   - Cypher statements live in cypher/*.cypher, loaded by name — never in TypeScript strings of the product,
 *     its scripts or benchmarks. Tests may query the graph directly: they check it independently of the product's
 *     own statements.
 *   - No source file over 400 lines, outside tests and generated files.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /\.(ts|tsx)$/.test(f));

const isTest = (f: string) => f.startsWith('tests/') || /\.test\.tsx?$/.test(f);
const isGenerated = (f: string) => f.endsWith('.generated.ts');
const exists = (f: string) => {
  try {
    return readFileSync(path.join(root, f), 'utf8');
  } catch {
    return null;
  }
};

/** A string literal whose text starts (after any white space or line breaks) like a Cypher statement. */
const CYPHER_START =
  /(['"`])\s*(MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|CALL|WITH|RETURN|DETACH DELETE|SHOW|LOAD CSV)\b[^'"`]*/g;

function cypherStrings(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
  return [...code.matchAll(CYPHER_START)].map((m) => m[0].trim());
}

describe('house rules', () => {
  it('recognises Cypher in a string and ignores prose and comments', () => {
    expect(cypherStrings(`db.run('MATCH (n) RETURN n')`)).toHaveLength(1);
    expect(cypherStrings('const q = `\n  UNWIND $rows AS r`')).toHaveLength(1);
    expect(cypherStrings('const q = `UNWIND $rows AS r MERGE (p {id: r.id})`')).toHaveLength(1);
    expect(cypherStrings(`// MATCH (n) in a comment`)).toHaveLength(0);
    expect(cypherStrings(`label: '匹配 MATCH 之外'`)).toHaveLength(0);
  });

  it('keeps Cypher statements in cypher/*.cypher, not in TypeScript strings', () => {
    const offenders: string[] = [];
    for (const f of tracked.filter((f) => !isTest(f) && !isGenerated(f))) {
      const text = exists(f);
      if (text === null) continue;
      for (const s of cypherStrings(text)) offenders.push(`${f}: ${s.slice(0, 60)}`);
    }
    expect(offenders).toEqual([]);
  });

  it('has no source file over 400 lines outside tests and generated files', () => {
    const big: string[] = [];
    for (const f of tracked.filter((f) => !isTest(f) && !isGenerated(f))) {
      const text = exists(f);
      if (text === null) continue;
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      if (lines > 400) big.push(`${f} (${lines} lines)`);
    }
    expect(big).toEqual([]);
  });
});
