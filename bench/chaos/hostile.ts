import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { repoRoot } from '../../server/paths.ts';
import { mulberry32 } from '../data/random.ts';
import { pick, type SampleIds } from './load.ts';

/** One hostile request: raw bytes, so that anything (invalid UTF-8, broken JSON, huge bodies) can be sent. */
export interface Hostile {
  category: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** GraphQL requests must answer 4xx or a 200 JSON body with data or errors; REST ones any 2xx/4xx. */
  graphql: boolean;
}

export const INJECTIONS = [
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  "x' OR 1=1 //",
  "'; CALL db.clearQueryCaches(); //",
  '$id} DETACH DELETE n RETURN 1 //',
  '\\u0027}) CREATE (:Pwned) //',
  "') WITH 1 AS x MATCH (n) SET n.pwned = true //",
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00\u0000 null byte',
  '*',
  '.*',
  '~',
  'AND OR NOT',
];

const schema = buildSchema(readFileSync(path.join(repoRoot, 'server/graphql/schema.graphql'), 'utf8'));

const json = (v: unknown) => Buffer.from(JSON.stringify(v));
const gql = (category: string, body: Buffer, headers: Record<string, string> = {}): Hostile => ({
  category,
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body,
  graphql: true,
});
const op = (category: string, query: string, variables: Record<string, unknown> = {}) =>
  gql(category, json({ query, variables }));

/** A value of the argument's type with every string replaced by `s`. */
function valueFor(type: GraphQLInputType, s: string, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, s, depth);
  if (isListType(type)) return [valueFor(type.ofType, s, depth)];
  if (isInputObjectType(type)) {
    if (depth > 2) return null;
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, s, depth + 1)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]?.name;
  switch (getNamedType(type).name) {
    case 'Int':
      return 5;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    default:
      return s;
  }
}

/** An operation calling one field with every argument as a variable; `__typename` as its selection. */
function callField(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args as readonly GraphQLArgument[];
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const text = `${kind}${decl ? ` (${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  return { text, args };
}

const wrongValues: unknown[] = [
  123,
  -1,
  1e308,
  2 ** 53 + 1,
  true,
  null,
  {},
  { $ne: null },
  [],
  [1, 2, 3],
  'not a number',
  '',
  -2147483649,
  Number.NaN,
];

/** Thousands of hostile requests, the same every run (seeded). */
export function hostileRequests(ids: SampleIds, seed = 42): Hostile[] {
  const rnd = mulberry32(seed);
  const out: Hostile[] = [];
  const fields = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ({ kind: 'query' as const, f })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ({
      kind: 'mutation' as const,
      f,
    })),
  ];

  // Cypher injection in every string argument of every field, as variables and as inline literals.
  for (const { kind, f } of fields) {
    const { text, args } = callField(kind, f);
    for (const s of INJECTIONS) {
      out.push(op('injection', text, Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, s)]))));
      const inline = args
        .map((a) => `${a.name}: ${JSON.stringify(valueFor(a.type, s)).replace(/"(\w+)":/g, '$1:')}`)
        .join(', ');
      const sel = isLeafType(getNamedType(f.type)) ? '' : ' { __typename }';
      out.push(op('injection', `${kind} { ${f.name}${inline ? `(${inline})` : ''}${sel} }`));
    }
  }
  // Injection as ids, zones and search text in the explorer's own views.
  for (let i = 0; i < 300; i++) {
    const s = pick(rnd, INJECTIONS);
    out.push(
      op('injection', 'query ($id: ID!, $zone: ID) { chain(id: $id, zone: $zone) { id name } }', {
        id: rnd() < 0.5 ? s : `${pick(rnd, ids.chains)}${s}`,
        zone: rnd() < 0.5 ? s : pick(rnd, ids.zones),
      }),
      op('injection', 'query ($q: String!) { search(query: $q) { id kind } }', {
        q: `${pick(rnd, ids.names)}${s}`,
      }),
    );
  }

  // Wrong types in every argument.
  for (const { kind, f } of fields) {
    const { text, args } = callField(kind, f);
    for (const a of args) {
      for (const w of wrongValues) {
        const vars = Object.fromEntries(args.map((b) => [b.name, valueFor(b.type, 'x')]));
        vars[a.name] = w;
        out.push(op('wrong-type', text, vars));
      }
    }
  }

  // Depth bombs.
  for (let i = 0; i < 150; i++) {
    const depth = 11 + Math.floor(rnd() * 200);
    let q = 'id';
    for (let d = 0; d < depth; d++) q = `parent { ${q} }`;
    out.push(op('depth-bomb', `{ zone(id: "${pick(rnd, ids.zones)}") { ${q} } }`));
  }
  for (const n of [1000, 10_000, 100_000]) out.push(op('depth-bomb', `${'{ a '.repeat(n)}${'}'.repeat(n)}`));
  out.push(
    op('depth-bomb', `{ chains { links { upstream { upstream { upstream { upstream { id } } } } } } }`),
  );

  // Alias bombs, directive bombs, fragment cycles.
  for (let i = 0; i < 150; i++) {
    const n = 31 + Math.floor(rnd() * 3000);
    const field = rnd() < 0.5 ? 'industries { id }' : `search(query: "${pick(rnd, ids.names)}") { id }`;
    out.push(op('alias-bomb', `{ ${Array.from({ length: n }, (_, k) => `a${k}: ${field}`).join(' ')} }`));
  }
  for (const n of [25, 500, 5000])
    out.push(op('alias-bomb', `{ industries ${'@include(if: true) '.repeat(n)}{ id } }`));
  out.push(op('alias-bomb', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'));
  out.push(op('alias-bomb', `{ ${'__typename '.repeat(20_000)}}`));

  // Huge strings and lists.
  for (const len of [10_000, 100_000, 500_000, 900_000]) {
    out.push(
      op('huge-string', 'query ($q: String!) { search(query: $q) { id } }', { q: '链'.repeat(len / 3) }),
    );
    out.push(op('huge-string', 'query ($id: ID!) { chain(id: $id) { id } }', { id: 'x'.repeat(len) }));
    out.push(op('huge-string', `{ search(query: "${'a'.repeat(len)}") { id } }`));
  }
  for (const len of [1000, 100_000]) {
    out.push(
      op('huge-list', 'query ($q: String!) { search(query: $q) { id } }', { q: Array(len).fill('a') }),
    );
    out.push(op('huge-list', `{ search(query: [${Array(len).fill('"a"').join(',')}]) { id } }`));
    out.push(gql('huge-list', json(Array(len).fill({ query: '{ industries { id } }' }))));
  }
  for (const first of [0, -1, 1000, 1_000_000, 2 ** 31 - 1]) {
    out.push(
      op(
        'huge-list',
        `{ enterprises(first: ${first}) { totalCount } search(query: "铝", first: ${first}) { id } }`,
      ),
    );
    out.push(
      op(
        'huge-list',
        `{ upstreamGaps(product: "${pick(rnd, ids.products)}", maxDepth: ${first}) { nodes { product { id } } } }`,
      ),
    );
    out.push(op('huge-list', `{ audit(first: ${first}) { id } }`));
  }

  // Invalid UTF-8 and odd encodings, in bodies, strings and URLs.
  const bad = [
    Buffer.from([0xff, 0xfe]),
    Buffer.from([0xc0, 0xaf]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xe9, 0x93]),
    Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
    Buffer.from([0x80]),
  ];
  for (let i = 0; i < 120; i++) {
    const b = pick(rnd, bad);
    const text = Buffer.from(`{"query":"{ search(query: \\"铝`);
    out.push(gql('invalid-utf8', Buffer.concat([text, b, Buffer.from('\\") { id } }"}')])));
    out.push(
      gql(
        'invalid-utf8',
        Buffer.concat([
          Buffer.from('{"query":"query ($q: String!) { search(query: $q) { id } }","variables":{"q":"'),
          b,
          Buffer.from('"}}'),
        ]),
      ),
    );
    out.push(gql('invalid-utf8', Buffer.concat([b, Buffer.from('{"query":"{ industries { id } }"}')])));
  }
  for (const s of ['\\ud800', '\\udfff\\ud800', '\\u0000', '\\uffff']) {
    out.push(
      gql(
        'invalid-utf8',
        Buffer.from(
          `{"query":"query ($q: String!) { search(query: $q) { id } }","variables":{"q":"${s}铝"}}`,
        ),
      ),
    );
  }
  out.push(
    gql('invalid-utf8', Buffer.from('{"query":"{ industries { id } }"}', 'utf16le'), {
      'content-type': 'application/json; charset=utf-16',
    }),
  );

  // Oversized bodies (a handful; each is megabytes).
  for (const mb of [2, 8, 32]) {
    const pad = 'x'.repeat(mb * 1024 * 1024);
    out.push(op('oversized', '{ industries { id } }', { pad }));
    out.push(gql('oversized', Buffer.from(`{"query":"{ industries { id } }","junk":"${pad}`)));
  }

  // Malformed requests.
  const malformed: [Buffer, Record<string, string>][] = [
    [Buffer.from(''), {}],
    [Buffer.from('{'), {}],
    [Buffer.from('null'), {}],
    [Buffer.from('42'), {}],
    [Buffer.from('"query"'), {}],
    [Buffer.from('[]'), {}],
    [Buffer.from('{"query": 42}'), {}],
    [Buffer.from('{"query": null}'), {}],
    [Buffer.from('{"query": {"$ne": 1}}'), {}],
    [Buffer.from('{"query": "{ industries { id } }", "variables": "x"}'), {}],
    [Buffer.from('{"query": "{ industries { id } }", "variables": [1]}'), {}],
    [Buffer.from('{"query": "{ industries { id } }", "operationName": 7}'), {}],
    [Buffer.from('{"query": "{ industries { id } }", "operationName": "Nope"}'), {}],
    [Buffer.from('{"query": "query A { industries { id } } query B { zones { id } }"}'), {}],
    [
      Buffer.from(
        '{"query": "{ industries { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
      ),
      {},
    ],
    [Buffer.from('{"query": "{ nope }"}'), {}],
    [Buffer.from('{"query": "{ industries { id } "}'), {}],
    [Buffer.from('{"query": "subscription { x }"}'), {}],
    [
      Buffer.from('{"query": "{ __schema { types { fields { type { ofType { ofType { name } } } } } } }"}'),
      {},
    ],
    [Buffer.from('query=%7Bindustries%7Bid%7D%7D'), { 'content-type': 'application/x-www-form-urlencoded' }],
    [Buffer.from('{ industries { id } }'), { 'content-type': 'application/graphql' }],
    [Buffer.from('{ industries { id } }'), { 'content-type': 'text/plain' }],
    [Buffer.from('<xml/>'), { 'content-type': 'application/xml' }],
    [
      Buffer.from('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--'),
      { 'content-type': 'multipart/form-data; boundary=x' },
    ],
  ];
  for (const [body, headers] of malformed)
    for (let i = 0; i < 5; i++) out.push(gql('malformed', body, headers));
  for (const q of [
    '%7Bindustries%7Bid%7D%7D',
    '%ff%fe',
    '%',
    '{industries{id}}&variables=%7B',
    'mutation%7BremoveAlias(pool:%22x%22)%7D',
  ]) {
    out.push({
      category: 'malformed',
      method: 'GET',
      path: `/graphql?query=${q}`,
      headers: {},
      graphql: true,
    });
    out.push({
      category: 'malformed',
      method: 'GET',
      path: `/graphql?query=${q}`,
      headers: { 'x-graphql-csrf': '1' },
      graphql: true,
    });
  }

  // REST endpoints: odd paths, injection, invalid percent-encoding, bodies without a token.
  const chain = pick(rnd, ids.chains);
  const restPaths = [
    `/briefings/${chain}.md`,
    `/briefings/${chain}.json?zone=${encodeURIComponent(INJECTIONS[0] as string)}`,
    `/briefings/${encodeURIComponent(INJECTIONS[0] as string)}.md`,
    '/briefings/%ff%fe.md',
    '/briefings/%.docx',
    '/briefings/..%2f..%2fetc%2fpasswd.md',
    `/briefings/${'x'.repeat(10_000)}.svg`,
    '/briefings/',
    '/tables/',
    '/tables/%ff',
    '/tables/%',
    `/tables/export/${encodeURIComponent(INJECTIONS[1] as string)}.csv`,
    '/tables/../../etc/passwd',
    '/healthz?%ff',
    '/%ff',
    '/imports/extract',
  ];
  for (const p of restPaths) {
    for (let i = 0; i < 3; i++)
      out.push({ category: 'rest', method: 'GET', path: p, headers: {}, graphql: false });
  }
  for (const p of [
    '/tables/import/enterprises',
    '/tables/import/projects',
    '/imports/commit',
    '/imports/extract',
    '/tables/%ff',
  ]) {
    out.push({
      category: 'rest',
      method: 'POST',
      path: p,
      headers: { 'content-type': 'text/csv' },
      body: Buffer.from(`名称\n${INJECTIONS[0]}\n`),
      graphql: false,
    });
    out.push({
      category: 'rest',
      method: 'POST',
      path: p,
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff]), Buffer.from('"}')]),
      graphql: false,
    });
  }
  // Deterministic shuffle, so that heavy and light requests interleave.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as Hostile, out[i] as Hostile];
  }
  return out;
}
