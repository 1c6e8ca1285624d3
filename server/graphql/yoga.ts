import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createSchema, createYoga, maskError, type Plugin } from 'graphql-yoga';
import { requestActor, requestKey } from '../auth/store.ts';
import { readConfig } from '../config.ts';
import type { ChainGraphCache } from '../db/chainGraphs.ts';
import { DatabaseUnavailableError, type Db } from '../db/neo4j.ts';
import type { RateLimiter } from '../http/rateLimit.ts';
import { log } from '../log.ts';
import { type Context, createContext, type GraphqlSettings } from './context.ts';
import { isCodedError, unavailable } from './errors.ts';
import { requestGuards } from './guards.ts';
import { compiledExecution } from './jit.ts';
import { aliasesQuery } from './resolvers/aliases.ts';
import { leadsQuery, withPipeline } from './resolvers/leads.ts';
import { Mutation } from './resolvers/mutation.ts';
import { auditQuery } from './resolvers/mutationAudit.ts';
import { leadMutations } from './resolvers/mutationLead.ts';
import { plansQuery } from './resolvers/plans.ts';
import { Query } from './resolvers/query.ts';
import { scopeTreeQuery } from './resolvers/scopeTree.ts';
import { types } from './resolvers/types.ts';
import type { QueryResolvers } from './types.generated.ts';

const typeDefs = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql'),
  'utf8',
);

/**
 * Request limits. The explorer's largest operation document stays well inside them; it uses no aliases. The cost
 * that multiplies by list sizes is server/graphql/cost.ts (graphql-armor's cost does not).
 */
export const LIMITS = { maxDepth: 10, maxAliases: 10, maxCost: 20_000, maxTokens: 6_000 } as const;

type AnyResolver = (parent: unknown, args: unknown, ctx: Context, info: unknown) => unknown;

/** With READ_REQUIRES_TOKEN every Query field first checks for at least a viewer token. */
function guardReads(query: QueryResolvers, settings: GraphqlSettings): QueryResolvers {
  if (!settings.readRequiresToken) return query;
  return Object.fromEntries(
    Object.entries(query).map(([field, resolve]) => [
      field,
      async (parent: unknown, args: unknown, ctx: Context, info: unknown) => {
        await ctx.requireRole('viewer');
        return (resolve as AnyResolver)(parent, args, ctx, info);
      },
    ]),
  ) as QueryResolvers;
}

/**
 * `settings` defaults to the environment (READ_REQUIRES_TOKEN, STALE_AFTER_MONTHS); tests pass their own.
 * The Authorization header is handed to the context, which resolves it to a role at most once per request.
 */
export function buildYoga(
  db: Db,
  opts: {
    production: boolean;
    settings?: Partial<GraphqlSettings>;
    plugins?: Plugin[];
    /** Per-client limit on uncached operations' cost (the app's; none for in-process callers and tests). */
    limiter?: RateLimiter | undefined;
    /** Chain structures kept across requests under the graph's version (server/db/chainGraphs.ts). */
    chainGraphs?: ChainGraphCache | undefined;
  },
) {
  const env = readConfig();
  const settings: GraphqlSettings = {
    readRequiresToken: opts.settings?.readRequiresToken ?? env.readRequiresToken,
    staleAfterMonths: opts.settings?.staleAfterMonths ?? env.staleAfterMonths,
  };
  const resolvers = {
    Query: guardReads(
      { ...Query, ...auditQuery, ...leadsQuery, ...plansQuery, ...scopeTreeQuery, ...aliasesQuery },
      settings,
    ),
    Mutation: { ...Mutation, ...leadMutations },
    ...withPipeline(types),
  };
  return createYoga({
    schema: createSchema({ typeDefs, resolvers }),
    context: (initial) => {
      const { request } = initial;
      const authorization = request.headers.get('authorization');
      return createContext(db, {
        actor: requestActor(db, requestKey(request, initial as { req?: object }), authorization),
        settings,
        ...(opts.chainGraphs ? { chainGraphs: opts.chainGraphs } : {}),
      });
    },
    // Same origin only unless CORS_ORIGINS lists others: server/http/security.ts answers CORS for every route.
    cors: false,
    graphiql: !opts.production,
    landingPage: false,
    logging: false,
    plugins: [
      // Limits on what one request may ask for (depth, aliases, cost, size); field suggestions off in production.
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        costLimit: { maxCost: LIMITS.maxCost },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: opts.production },
      }),
      // Browsers cannot send a cross-site "simple" request that reaches a resolver.
      // biome-ignore lint/correctness/useHookAtTopLevel: an envelop plugin factory, not a React hook
      useCSRFPrevention({ requestHeaders: ['x-graphql-csrf'] }),
      // Introspection's token, the list-aware cost and the per-client budget: for executed operations only (the
      // response cache answers a hit in onParams, before any onExecute, so a cached answer costs nothing). Before
      // the cache's own onExecute, which would otherwise warn that its execute was never called.
      requestGuards({ readRequiresToken: settings.readRequiresToken, limiter: opts.limiter }),
      // Compiled execution (graphql-jit), with graphql-js's answer contract kept. Before the response cache, which
      // wraps it: the cache's execute adds its metadata to the document and stores what this one answers.
      compiledExecution(),
      // The response cache (server/graphql/responseCache.ts) when the app enables it: after the limits above.
      ...(opts.plugins ?? []),
    ],
    maskedErrors: {
      maskError(error, message, isDev) {
        const cause = (error as { originalError?: unknown }).originalError;
        const original = cause ?? error;
        if (original instanceof DatabaseUnavailableError) {
          log.warn('neo4j unavailable', { error: original.message });
          return unavailable();
        }
        if (isCodedError(original)) return error as Error;
        // A GraphQL error without a cause is the client's (syntax, validation, request limits), and so is one that
        // graphql raised while reading the request (no path: a variable of the wrong type): say it as it is.
        if (cause === undefined && (error as { extensions?: unknown }).extensions !== undefined)
          return error as Error;
        if (
          (error as { path?: unknown }).path === undefined &&
          (cause as Error | undefined)?.name === 'GraphQLError'
        )
          return error as Error;
        log.error('graphql resolver error', { error: String(original) });
        return maskError(error, message, isDev && !opts.production);
      },
    },
  });
}
