import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** This folder: the .cypher files sit beside their loader. */
export const cypherDir = path.dirname(fileURLToPath(import.meta.url));

/** A line `// include: <name>` is replaced by cypher/fragments/<name>.cypher (see `expand`). */
const INCLUDE = /^\s*\/\/\s*include:\s*([\w/-]+)\s*$/;
const FRAGMENTS = 'fragments/';

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

/**
 * Splices every `// include: <name>` line with the fragment cypher/fragments/<name>.cypher (its own includes
 * expanded too), indented like the include line, so a block two queries share has one home. An unknown fragment
 * or an include cycle is an error at load time, not at the first request.
 */
export function expand(
  text: string,
  files: ReadonlyMap<string, string>,
  within: readonly string[] = [],
): string {
  if (!text.includes('include:')) return text;
  return text
    .split('\n')
    .map((line) => {
      const m = INCLUDE.exec(line);
      if (!m) return line;
      const name = m[1] as string;
      if (within.includes(name)) throw new Error(`Cypher include cycle: ${[...within, name].join(' → ')}`);
      const fragment = files.get(`${FRAGMENTS}${name}`);
      if (fragment === undefined) throw new Error(`No Cypher fragment cypher/${FRAGMENTS}${name}.cypher`);
      const indent = line.slice(0, line.length - line.trimStart().length);
      return expand(fragment, files, [...within, name])
        .replace(/\n$/, '')
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('//'))
        .map((l) => (l.length > 0 ? indent + l : l))
        .join('\n');
    })
    .join('\n');
}

/** Every query by name, includes spliced: `cypher/chains.cypher` is `chains`, `cypher/schema/constraints.cypher`
 * `schema/constraints`. */
export function loadQueries(dir: string = cypherDir): Map<string, string> {
  const files = loadAll(dir);
  const out = new Map<string, string>();
  for (const [name, text] of files) if (!name.startsWith(FRAGMENTS)) out.set(name, expand(text, files));
  return out;
}

/** Every query lives in its own file under cypher/ and is loaded once, by name, at start-up. */
const queries = loadQueries();

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
