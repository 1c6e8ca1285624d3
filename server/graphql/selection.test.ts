import { type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsUnder, listedProducers, selects } from './selection.ts';

/** The `chain` field of a document, as graphql-js gives it to the resolver (fieldNodes, fragments). */
function infoOf(source: string) {
  const doc = parse(source);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selects', () => {
  it('sees a field below the resolved one, through fragments and inline fragments', () => {
    const map = infoOf('{ chain(id: "c") { links { status product { id } } } }');
    expect(selects(map, ['links', 'status'])).toBe(true);
    expect(selects(map, ['links', 'reason'])).toBe(false);
    expect(listedProducers(map, 50)).toBe(0);
    const viaFragment = infoOf(
      '{ chain(id: "c") { ...F } } fragment F on Chain { links { ... on ChainLink { reason { summary } } } }',
    );
    expect(selects(viaFragment, ['links', 'reason'])).toBe(true);
    expect(listedProducers(viaFragment, 50)).toBe(50);
  });

  it('lists producers and projects when a gap field is asked without a reason (the assessment reads them)', () => {
    for (const field of ['candidates { kind }', 'gapKind', 'breaksChain', 'priority { score }']) {
      expect(listedProducers(infoOf(`{ chain(id: "c") { links { status ${field} } } }`), 50)).toBe(50);
    }
    expect(
      listedProducers(infoOf('{ chain(id: "c") { links { stage status sharedWith { id } } } }'), 50),
    ).toBe(0);
  });
});

describe('fieldsUnder', () => {
  it('lists the fields asked directly under a path, through fragments, without __typename', () => {
    const up = infoOf(
      '{ upstreamGaps(product: "p") { product { id __typename ...N } gaps { product { id } } } } fragment N on Product { name }',
    );
    expect([...fieldsUnder(up, ['product'])].sort()).toEqual(['id', 'name']);
    expect([...fieldsUnder(up, ['gaps', 'product'])]).toEqual(['id']);
    expect([...fieldsUnder(up, ['scope'])]).toEqual([]);
    const more = infoOf(
      '{ upstreamGaps(product: "p") { product { id ... on Product { producers { id } } } } }',
    );
    expect([...fieldsUnder(more, ['product'])].sort()).toEqual(['id', 'producers']);
  });
});
