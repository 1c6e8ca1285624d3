import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../paths.ts';

/**
 * Every query lives in its own file under cypher/ and is loaded once, by name, at start-up.
 * `cypher/chain.cypher` is `query('chain')`; `cypher/schema/constraints.cypher` is `query('schema/constraints')`.
 */
function loadAll(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      for (const [k, v] of loadAll(path.join(dir, entry.name), `${prefix}${entry.name}/`)) out.set(k, v);
    } else if (entry.name.endsWith('.cypher')) {
      out.set(
        `${prefix}${entry.name.slice(0, -'.cypher'.length)}`,
        readFileSync(path.join(dir, entry.name), 'utf8'),
      );
    }
  }
  return out;
}

const queries = loadAll(cypherDir);

export function query(name: string): string {
  const text = queries.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}

/** A file holding several statements separated by `;` at line end (schema files). Comments (//) are dropped. */
export function statements(name: string): string[] {
  return query(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
