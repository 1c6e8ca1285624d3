/**
 * Times Query.aliasSuggestions on every link of the graph in NEO4J_URI (docs/POOL.md, Alias suggestions): the whole
 * GraphQL operation in process, without the response cache, every link `--rounds` times in turn; prints the median,
 * p90 and max, and how many links have names containing theirs, broader names, or neither.
 * `NEO4J_URI=bolt://127.0.0.1:7799 NEO4J_PASSWORD=x npx tsx scripts/alias-bench.ts [--rounds 3]`
 */
import { readConfig } from '../server/config.ts';
import { Db } from '../server/db/neo4j.ts';
import { buildYoga } from '../server/graphql/yoga.ts';
import { runCli, UsageError } from './lib/cli.ts';

const QUERY = `query ($l: ID!) { aliasSuggestions(link: $l) { total broaderTotal matchedTotal
  suggestions { name firms mainFirms examples } broader { name firms examples } matched { name firms links }
  aliases { pool } } }`;

interface Answer {
  total: number;
  broaderTotal: number;
}

const quantile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
};

async function main(): Promise<number> {
  const i = process.argv.indexOf('--rounds');
  const rounds = i > 0 ? Number(process.argv[i + 1]) : 3;
  if (!Number.isInteger(rounds) || rounds < 1) throw new UsageError('--rounds must be a positive integer');
  const config = readConfig();
  if (!config.neo4j) throw new UsageError('Set NEO4J_URI (and NEO4J_PASSWORD) to the graph to measure.');
  const db = new Db(config.neo4j);
  try {
    const yoga = buildYoga(db, { production: true });
    const links = await db.read<{ id: string; name: string }>('pool/links');
    const times: number[] = [];
    const answers = new Map<string, Answer>();
    for (let r = 0; r < rounds; r++) {
      for (const l of links) {
        const t = performance.now();
        const res = await yoga.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY, variables: { l: l.id } }),
        });
        const body = (await res.json()) as { data?: { aliasSuggestions: Answer }; errors?: unknown };
        times.push(performance.now() - t);
        if (!body.data) throw new Error(`${l.name}: ${JSON.stringify(body.errors)}`);
        answers.set(l.name, body.data.aliasSuggestions);
      }
    }
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `${links.length} links × ${rounds}: median ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))}, ` +
        `max ${ms(Math.max(...times))}`,
    );
    const all = [...answers.values()];
    console.log({
      containing: all.filter((a) => a.total > 0).length,
      broader: all.filter((a) => a.broaderTotal > 0).length,
      broaderOnly: all.filter((a) => a.broaderTotal > 0 && a.total === 0).length,
      neither: all.filter((a) => a.total === 0 && a.broaderTotal === 0).length,
    });
    return 0;
  } finally {
    await db.close();
  }
}

runCli(main);
