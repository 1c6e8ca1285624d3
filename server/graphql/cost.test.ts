import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BRIEFING_QUERY } from '../briefing/query.ts';
import { COST, operationCost } from './cost.ts';

const schema = buildSchema(readFileSync('server/graphql/schema.graphql', 'utf8'));
const operations = parse(readFileSync('client/src/api/operations.graphql', 'utf8'));
const cost = (doc: string, variables: Record<string, unknown> = {}, name?: string) =>
  operationCost(schema, parse(doc), name, variables);
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('list-aware operation cost', () => {
  it('counts every object once and multiplies by list sizes: first, the connection’s first, else LIST_SIZE', () => {
    expect(cost('{ industries { id name } }')).toBe(COST.listSize);
    expect(cost('{ chains { links { product { name } } } }')).toBe(
      COST.listSize * (1 + COST.listSize * (1 + 1)),
    );
    expect(cost('query ($n: Int) { search(query: "铝", first: $n) { id } }', { n: 7 })).toBe(7);
    expect(cost('{ enterprises(first: 30) { edges { node { id } } } }')).toBe(1 + 30 * (1 + 1));
    expect(cost('{ zone(id: "z") { ...Z } } fragment Z on Zone { children { id } }')).toBe(1 + COST.listSize);
  });

  it('keeps every explorer operation, at the largest page size (200), and the briefing within the limit', () => {
    const names = operations.definitions.flatMap((d) =>
      d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [],
    );
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const c = operationCost(schema, operations, name, { first: 200 });
      expect(c, name).toBeLessThanOrEqual(COST.maxCost);
    }
    expect(cost(BRIEFING_QUERY, {}, 'Briefing')).toBeLessThanOrEqual(COST.maxCost);
  });

  it('puts alias-heavy list queries over the limit', () => {
    const chains = 'chains(zone: "z") { id name links { stage status product { id name } } }';
    expect(cost(aliases(30, chains))).toBeGreaterThan(COST.maxCost);
    const allChains = readFileSync('client/src/api/operations.graphql', 'utf8').match(
      /query AllChains[^{]*\{\s*(chains\(zone: \$zone\) \{[\s\S]*?\n {2}\})/,
    )?.[1];
    expect(allChains).toBeDefined();
    expect(cost(aliases(5, (allChains ?? '').replace('$zone', '"z"')))).toBeGreaterThan(COST.maxCost);
  });
});
