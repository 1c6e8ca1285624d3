import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema, SourceLocation } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { log } from '../log.ts';

/**
 * Offsets into the operation's text of graphql-jit's line/column locations, so that the error graphql-yoga rebuilds
 * from `source` and `positions` when it serialises (it drops a bare `locations`) says where it happened.
 */
function positionsOf(body: string, locations: readonly SourceLocation[]): number[] {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i += 1) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return locations.map((l) => (lineStarts[l.line - 1] ?? 0) + l.column - 1);
}

/** A graphql-jit field error as the graphql-js error it stands for: message, path, cause and extensions, located. */
function located(error: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  const locations = error.locations ?? [];
  return createGraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
    ...(source && locations.length > 0 ? { source, positions: positionsOf(source.body, locations) } : {}),
  });
}

type Compiled = CompiledQuery | { failed: true };

/**
 * Operations run as JavaScript compiled once per parsed document (graphql-yoga keeps parsed documents in its
 * cache, so the explorer's few operations compile once each) instead of graphql-js's interpreter: for the large
 * answers (upstream gaps, chain maps) that is most of the server's time outside Neo4j (docs/BENCHMARKS.md, #16).
 *
 * The answer's contract stays graphql-js's (tests: server/graphql/jit.test.ts, tests/integration/api-answers and
 * hostile-http): an answer with errors and no `data` — variables that do not coerce — is left to the interpreter,
 * which answers it 400 with graphql-js's words; field errors keep their locations; a document graphql-jit cannot
 * compile is run by the interpreter and logged once.
 */
export function compiledExecution(): Plugin {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined) => {
    const byOperation = compiled.get(document) ?? new Map<string, Compiled>();
    compiled.set(document, byOperation);
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      if (isCompiledQuery(result)) query = result;
      else {
        log.warn('graphql-jit could not compile an operation; interpreted', {
          operation: key,
          errors: (result.errors ?? []).map((e) => e.message).join('; '),
        });
        query = { failed: true };
      }
      byOperation.set(key, query);
    }
    return query;
  };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      // Compiled for the document it is handed, which a later plugin may change: the response cache adds its
      // metadata fields (typename, id: what its per-type TTLs read) and then calls this function.
      setExecuteFn((execArgs) => {
        const query = compiledFor(execArgs.schema, execArgs.document, execArgs.operationName ?? undefined);
        if ('failed' in query) return executeFn(execArgs);
        const settle = (result: ExecutionResult): ExecutionResult | ReturnType<typeof executeFn> => {
          if (!result.errors?.length) return result;
          if (result.data === undefined) return executeFn(execArgs);
          return { ...result, errors: result.errors.map((e) => located(e, execArgs.document)) };
        };
        const result = query.query(execArgs.rootValue, execArgs.contextValue, execArgs.variableValues);
        return result instanceof Promise ? result.then(settle) : settle(result);
      });
    },
  };
}
