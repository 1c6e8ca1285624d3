import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema, createYoga, maskError } from 'graphql-yoga';
import { DatabaseUnavailableError, type Db } from '../db/neo4j.ts';
import { log } from '../log.ts';
import { createContext } from './context.ts';
import { isCodedError, unavailable } from './errors.ts';
import { Query } from './resolvers/query.ts';
import { types } from './resolvers/types.ts';

const typeDefs = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql'),
  'utf8',
);

export function buildYoga(db: Db, opts: { production: boolean }) {
  return createYoga({
    schema: createSchema({ typeDefs, resolvers: { Query, ...types } }),
    context: () => createContext(db),
    graphiql: !opts.production,
    landingPage: false,
    logging: false,
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = (error as { originalError?: unknown }).originalError ?? error;
        if (original instanceof DatabaseUnavailableError) {
          log.warn('neo4j unavailable', { error: original.message });
          return unavailable();
        }
        if (isCodedError(original)) return error as Error;
        log.error('graphql resolver error', { error: String(original) });
        return maskError(error, message, isDev && !opts.production);
      },
    },
  });
}
