import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLType,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

// Types are told apart by shape, not with graphql's isListType/isObjectType: those are instanceof checks, and the
// schema may come from another copy of `graphql` than this file's (the test runner loads both; errors.ts).
const Kind = {
  FIELD: 'Field',
  INLINE_FRAGMENT: 'InlineFragment',
  FRAGMENT_DEFINITION: 'FragmentDefinition',
  OPERATION_DEFINITION: 'OperationDefinition',
  INT: 'IntValue',
  VARIABLE: 'Variable',
} as const;

function getNamedType(type: GraphQLType): GraphQLNamedType {
  let t: GraphQLType = type;
  while ('ofType' in t) t = t.ofType;
  return t;
}

/** An object or interface type: one with fields (input types never appear in a selection). */
const isObjectType = (t: GraphQLNamedType | null | undefined): t is GraphQLObjectType =>
  !!t && 'getFields' in t;

/**
 * The cost of a GraphQL operation counted the way its answer grows: every object in the answer costs 1, and a
 * list field multiplies what it selects by its size — its `first` argument (or that of the connection it sits in,
 * `enterprises(first:) { edges }`) when it has one, else LIST_SIZE. Scalars are free. So
 * `chains { links { product { name } } }` costs 10 × (1 + 10 × (1 + 1)) = 210, and thirty aliases of it 6,300.
 * The explorer's largest operation costs ~600, the briefing's ~3,200 (tests/integration/limits.test.ts).
 */
export const COST = {
  /** Items assumed in a list without `first` (chains, links, zones, producers, sources…). */
  listSize: 10,
  /** Largest cost one operation may have. */
  maxCost: 5_000,
} as const;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragment spreads on the current path (a cycle is invalid GraphQL; this only keeps the walk finite). */
  spreads: Set<string>;
}

/** A list field (`[T]`, `[T!]!`, …): its type prints with brackets. */
const isList = (type: GraphQLType): boolean => String(type).startsWith('[');

/** The `first` argument of a field, literal or variable, when it is a positive integer. */
function firstArg(node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, w: Walk) {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return undefined;
  let value: unknown;
  if (arg.value.kind === Kind.INT) value = Number(arg.value.value);
  else if (arg.value.kind === Kind.VARIABLE) value = w.variables[arg.value.name.value];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function selectionCost(set: SelectionSetNode | undefined, type: GraphQLNamedType, w: Walk, page?: number) {
  if (!set || !isObjectType(type)) return 0;
  const fields = type.getFields();
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const def: GraphQLField<unknown, unknown> | undefined = fields[sel.name.value];
      if (!def) continue;
      const named = getNamedType(def.type);
      if (!isObjectType(named)) continue;
      const first = firstArg(sel, w);
      const list = isList(def.type);
      const size = list ? (first ?? page ?? COST.listSize) : 1;
      total += size * (1 + selectionCost(sel.selectionSet, named, w, list ? undefined : first));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const on = sel.typeCondition ? w.schema.getType(sel.typeCondition.name.value) : type;
      if (on) total += selectionCost(sel.selectionSet, on, w, page);
    } else {
      const name = sel.name.value;
      const fragment = w.fragments.get(name);
      const on = fragment && w.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !on || w.spreads.has(name)) continue;
      w.spreads.add(name);
      total += selectionCost(fragment.selectionSet, on, w, page);
      w.spreads.delete(name);
    }
  }
  return total;
}

/** The cost of the operation a request runs (by `operationName`, or the only one in the document). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!op) return 0;
  const root =
    op.operation === 'query'
      ? schema.getQueryType()
      : op.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  return selectionCost(op.selectionSet, root, {
    schema,
    fragments,
    variables: variables ?? {},
    spreads: new Set(),
  });
}
