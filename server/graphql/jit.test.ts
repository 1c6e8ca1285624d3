import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { compiledExecution } from './jit.ts';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Item {
      id: ID!
      name: String
    }
    type Query {
      item(id: ID!): Item
      items(first: Int!): [Item!]!
    }
  `,
  resolvers: {
    Query: {
      item: (_: unknown, { id }: { id: string }) => {
        if (id === 'missing') throw Object.assign(new Error(`Item "${id}" not found`), { extensions: {} });
        return { id, name: `名称${id}` };
      },
      items: (_: unknown, { first }: { first: number }) =>
        Array.from({ length: first }, (_v, i) => ({ id: String(i), name: `名称${i}` })),
    },
  },
});

function serve(jit: boolean) {
  const yoga = createYoga({
    schema,
    logging: false,
    maskedErrors: false,
    plugins: jit ? [compiledExecution()] : [],
  });
  return async (query: string, variables: Record<string, unknown>) => {
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
}

const cases: [string, string, Record<string, unknown>][] = [
  ['a list', 'query ($n: Int!) { items(first: $n) { id name } }', { n: 3 }],
  ['a variable of the wrong type', 'query ($n: Int!) { items(first: $n) { id } }', { n: 'three' }],
  ['a missing variable', 'query ($n: Int!) { items(first: $n) { id } }', {}],
  [
    'a field error',
    'query ($id: ID!) {\n  ok: item(id: "a") { id }\n  item(id: $id) { id name }\n}',
    { id: 'missing' },
  ],
];

describe('compiled execution (graphql-jit) keeps the answers graphql-js gives', () => {
  it.each(cases)('%s: same status and body', async (_name, query, variables) => {
    const [interpreted, compiled] = [
      await serve(false)(query, variables),
      await serve(true)(query, variables),
    ];
    expect(compiled).toEqual(interpreted);
  });

  it('answers a variable that does not coerce with 400 and says which', async () => {
    const { status, body } = await serve(true)('query ($n: Int!) { items(first: $n) { id } }', {
      n: 'three',
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('Int cannot represent non-integer value');
  });

  it('locates a field error in the operation text', async () => {
    const { status, body } = await serve(true)(cases[3]?.[1] ?? '', { id: 'missing' });
    expect(status).toBe(200);
    expect(body.errors).toMatchObject([{ path: ['item'], locations: [{ line: 3, column: 3 }] }]);
  });
});
