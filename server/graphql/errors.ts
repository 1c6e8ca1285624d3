import { createGraphQLError } from 'graphql-yoga';

/**
 * Every error a client sees carries one of these stable codes in `extensions.code`. Errors are created through
 * graphql-yoga so they belong to the same `graphql` instance as the server, and recognised by their code
 * (not `instanceof`) so that a second copy of `graphql` in a bundler or test runner cannot hide them.
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'SERVICE_UNAVAILABLE',
  'FORBIDDEN',
  'QUERY_TOO_EXPENSIVE',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const notFound = (what: string, id: string) =>
  createGraphQLError(`${what} "${id}" not found`, { extensions: { code: 'NOT_FOUND', what, id } });

export const badInput = (argument: string, reason: string) =>
  createGraphQLError(`Argument "${argument}" ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });

/** The caller's role does not allow this (no token, an unknown token, or a viewer token for a write). */
export const forbidden = (need: string) =>
  createGraphQLError(`This needs a token with the ${need} role (Authorization: Bearer <token>)`, {
    extensions: { code: 'FORBIDDEN', need },
  });

export const unavailable = () =>
  createGraphQLError('The graph database is unavailable; try again shortly', {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });

/** True for errors raised on purpose with one of our codes. */
export function isCodedError(err: unknown): boolean {
  const code = (err as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
