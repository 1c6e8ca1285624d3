import { type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listedProducers, selects } from './selection.ts';

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
});
