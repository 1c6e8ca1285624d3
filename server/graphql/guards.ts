import type http from 'node:http';
import type { DocumentNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { clientKey, type RateLimiter, rateLimitedMessage } from '../http/rateLimit.ts';
import type { Context } from './context.ts';
import { COST, operationCost } from './cost.ts';

/** True when the operation asks for the schema itself (`__schema` or `__type` at its root). */
function introspects(document: DocumentNode): boolean {
  return document.definitions.some(
    (d) =>
      d.kind === 'OperationDefinition' &&
      d.selectionSet.selections.some(
        (s) => s.kind === 'Field' && (s.name.value === '__schema' || s.name.value === '__type'),
      ),
  );
}

const tooCostly = (cost: number) =>
  createGraphQLError(
    `The query is too expensive: its estimated cost is ${cost}, the limit ${COST.maxCost} (every object counts 1, ` +
      `a list multiplies what it selects by its \`first\` argument or ${COST.listSize}). Ask for fewer aliases, ` +
      'lists or fields, or split it into several requests.',
    { extensions: { code: 'QUERY_TOO_EXPENSIVE', cost, maxCost: COST.maxCost, http: { status: 400 } } },
  );

const rateLimited = (retryAfterS: number) =>
  createGraphQLError(rateLimitedMessage('graphql', retryAfterS), {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: retryAfterS,
      http: { status: 429, headers: { 'retry-after': String(retryAfterS) } },
    },
  });

/**
 * Checks before an operation is executed — so only for answers not served from the response cache, which
 * answers in onParams, before this runs: with READ_REQUIRES_TOKEN introspection needs a viewer token; an
 * operation over COST.maxCost is refused; and the caller's per-client GraphQL budget is charged the cost (429
 * with Retry-After when it is spent).
 */
export function requestGuards(opts: {
  readRequiresToken: boolean;
  limiter?: RateLimiter | undefined;
}): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as Context & { req?: http.IncomingMessage };
      const stop = (error: Error) => setResultAndStopExecution({ errors: [error as never] });
      return (async () => {
        if (opts.readRequiresToken && introspects(args.document)) {
          try {
            await ctx.requireRole('viewer');
          } catch (err) {
            return stop(err as Error);
          }
        }
        const cost = operationCost(
          args.schema,
          args.document,
          args.operationName,
          args.variableValues as Record<string, unknown> | null | undefined,
        );
        if (cost > COST.maxCost) return stop(tooCostly(cost));
        // In-process callers (the briefing handler's one query) are limited by their own endpoint's budget.
        if (!opts.limiter || !ctx.req) return;
        const verdict = opts.limiter.take(
          'graphql',
          clientKey(await ctx.actor(), ctx.req),
          Math.max(1, cost),
        );
        if (!verdict.ok) stop(rateLimited(verdict.retryAfterS));
      })();
    },
  };
}
