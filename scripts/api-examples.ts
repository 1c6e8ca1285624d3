/**
 * Regenerates docs/API.md from real responses: runs one example of every query against the Neo4j in
 * NEO4J_URI (seeded) and writes request and (trimmed) response. `NEO4J_URI=… npm run docs:api`
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../server/config.ts';
import { Db } from '../server/db/neo4j.ts';
import { buildYoga } from '../server/graphql/yoga.ts';
import { repoRoot } from '../server/paths.ts';
import { runCli } from './lib/cli.ts';

const EXAMPLES: { title: string; note: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: 'industries',
    note: 'The six industries with their 2025 targets (亿元) and chains.',
    query: '{ industries { id name output2025 valueAdded2025 chains { id name } } }',
  },
  {
    title: 'chains',
    note: 'Chains of one industry with status counts in a scope.',
    query:
      '{ chains(industry: "ind-new-materials", zone: "zone-beidu") { id name counts { strong weak missing total } } }',
  },
  {
    title: 'chain',
    note: 'One chain: links in stage order with status and reason, FEEDS edges — one database round trip.',
    query: `query ($id: ID!, $zone: ID) { chain(id: $id, zone: $zone) {
  id name expression scope { label zoneIds } counts { strong weak missing total }
  links { stage product { id name } status reason { summary producerCount projectCount producers { name zone { name } } projects { name status } } sharedWith { id name } }
  feeds { from to chains }
  sources { section quote }
} }`,
    variables: { id: 'chain-scrap-aluminium-recycling', zone: null },
  },
  {
    title: 'product',
    note: 'A link with status in scope, producers, projects, targets, chains, neighbours and sources.',
    query: `{ product(id: "p-再生铝", zone: "zone-beidu") {
  id name status reason { summary } producers { name zone { name } } projects { name status capacities { value unit product } }
  targets { name local } chains { id name } upstream { name } downstream { name } sources { section quote line }
  gapKind breaksChain priority { score tier parts { part points text } }
  candidates { kind fit folded reason enterprise { name } project { name } place { label basis } }
} }`,
  },
  {
    title: 'upstreamGaps',
    note:
      'Everything upstream of 压铸件 in 北渡组团, nearest first; the gaps highest priority first (`sort: DISTANCE`: ' +
      'nearest first), each with its kind, whether it breaks a chain, its score in parts (weights: ' +
      '`server/domain/priority.ts` `PRIORITY_WEIGHTS`; tier 高 from 70, 中 from 45) and its ranked candidates: plan ' +
      'targets (fit 1 / 0.9), projects in scope (0.8; projects elsewhere are `folded`), national-pool firms (0.7 × ' +
      'share of the product in their main business; under 10 % or past the first 10: `folded`, shown under 更多), ' +
      'with the place their registered name gives.',
    query: `{ upstreamGaps(product: "p-压铸件", zone: "zone-beidu", maxDepth: 6, sort: PRIORITY) {
  product { name } scope { label }
  nodes { product { name } distance status }
  gaps { product { name } distance status kind breaksChain reason { summary }
    priority { score tier parts { part points text } }
    candidates { kind fit folded reason enterprise { name } project { name } place { province city label basis } } }
} }`,
  },
  {
    title: 'scope',
    note: 'The label of the whole graph (its one district, else 全部地区) and of a region scope.',
    query: '{ all: scope { label } chongqing: scope(zone: "region-500000") { label zoneIds } }',
  },
  {
    title: 'zones',
    note: 'Every zone with its parent.',
    query: '{ zones { id name kind parent { name } } }',
  },
  {
    title: 'zone',
    note: 'A zone profile: hierarchy, targets, focus industries, enterprise count, projects and chain gaps.',
    query: `{ zone(id: "zone-beidu") { id name kind output2025 valueAdded2025 parent { name } children { name }
  focusIndustries { name } keyFor { name } enterpriseCount projects { name status } chainGaps { chain { name } counts { strong weak missing } } sources { quote } } }`,
  },
  {
    title: 'zone gaps',
    note: 'The gaps of a zone’s chains, highest priority first (each link once; `sort: DISTANCE` keeps chain order).',
    query: `{ zone(id: "zone-beidu") { gaps(sort: PRIORITY, first: 3) {
  chain { name } link { product { name } stage status gapKind breaksChain priority { score tier parts { part points text } } }
} } }`,
  },
  {
    title: 'enterprises',
    note: 'Cursor-paginated; a zone includes its child zones. Pass pageInfo.endCursor as `after` for the next page.',
    query: `{ enterprises(zone: "zone-qijiang-hitech", first: 3) { totalCount edges { cursor node { id name local zone { name } products { name } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    title: 'search',
    note: 'Search-as-you-type across links, chains, enterprises, zones and projects; exact, then prefix matches first.',
    query: '{ search(query: "铝", first: 8) { kind id name detail score } }',
  },
  {
    title: 'source',
    note: 'A quote and its place in the source document.',
    query:
      'query ($id: ID!) { source(id: $id) { id section quote line start before after document { title file } } }',
  },
  {
    title: 'indicators',
    note: 'The rows of 表 1.',
    query: '{ indicators { id category name unit baseline2020 target2025 kind } }',
  },
  {
    title: 'errors',
    note: 'Errors carry stable codes in `extensions.code`: NOT_FOUND, BAD_USER_INPUT (naming the argument), SERVICE_UNAVAILABLE.',
    query: '{ upstreamGaps(product: "p-压铸件", maxDepth: 50) { maxDepth } }',
  },
];

function trim(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    const max = depth === 0 ? 6 : 3;
    const out = value.slice(0, max).map((v) => trim(v, depth + 1));
    if (value.length > max) out.push(`… ${value.length - max} more`);
    return out;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v, depth + 1)]));
  }
  return value;
}

async function main(): Promise<number> {
  const config = readConfig();
  if (!config.neo4j) throw new Error('Set NEO4J_URI to a seeded Neo4j (e.g. the one `npm run db` starts).');
  const db = new Db(config.neo4j);
  const yoga = buildYoga(db, { production: true });
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await yoga.fetch('http://docs/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, unknown> };
  };
  const chain = await run('{ chain(id: "chain-scrap-aluminium-recycling") { sources { id } } }');
  const sourceId = (chain.data?.chain as { sources: { id: string }[] } | undefined)?.sources[0]?.id;
  let md = `# API examples\n\nGenerated from real responses of the seeded graph by \`scripts/api-examples.ts\`\n(\`NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/api-examples.ts\`). Long lists are trimmed (\`… N more\`).\nThe schema with descriptions of every field is \`server/graphql/schema.graphql\`.\n`;
  for (const ex of EXAMPLES) {
    const variables = ex.title === 'source' ? { id: sourceId } : (ex.variables ?? {});
    const body = await run(ex.query, variables);
    md += `\n## ${ex.title}\n\n${ex.note}\n\n\`\`\`graphql\n${ex.query}\n\`\`\`\n`;
    if (Object.keys(variables).length) md += `\nVariables: \`${JSON.stringify(variables)}\`\n`;
    md += `\n\`\`\`json\n${JSON.stringify(trim(body), null, 2)}\n\`\`\`\n`;
  }
  writeFileSync(path.join(repoRoot, 'docs', 'API.md'), md);
  await db.close();
  return 0;
}

runCli(main);
