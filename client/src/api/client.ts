import { zh } from '../i18n/zh.ts';
import operations from './operations.graphql?raw';
import pipeline from './pipeline.graphql?raw';

/** The document that defines an operation: the pipeline's own (pipeline.graphql) or the explorer's. */
const documentOf = (name: string) =>
  new RegExp(`^(query|mutation) ${name}\\b`, 'm').test(pipeline) ? pipeline : operations;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Where an editor's or viewer's API token is kept in the browser (docs/EDITING.md): sessionStorage, so it is gone
 * when the tab closes and is not left on the disk of a shared office computer. A token an earlier version kept in
 * localStorage is moved over once (and removed from localStorage).
 */
export const TOKEN_KEY = 'chain-graph-token';

export function savedToken(): string | null {
  try {
    const legacy = globalThis.localStorage?.getItem(TOKEN_KEY);
    if (legacy !== null && legacy !== undefined) {
      globalThis.localStorage.removeItem(TOKEN_KEY);
      if (legacy.trim()) globalThis.sessionStorage?.setItem(TOKEN_KEY, legacy.trim());
    }
    return globalThis.sessionStorage?.getItem(TOKEN_KEY)?.trim() || null;
  } catch {
    // Storage can be blocked (privacy settings); then requests go without a token.
    return null;
  }
}

export function saveToken(token: string | null): void {
  if (token?.trim()) sessionStorage.setItem(TOKEN_KEY, token.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** `Authorization: Bearer …` when a token is saved in this browser; used by every request that may write. */
export function authHeaders(): Record<string, string> {
  const token = savedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

function headers(): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() };
}

/**
 * The words an officer reads for the server's codes that say nothing about the input: the database is down, or the
 * write needs an editor's token (the server's own message is English, for API users: `This needs a token with the
 * editor role …`). Other codes keep the server's message (which names the field).
 */
const ERROR_TEXT: Record<string, string> = { SERVICE_UNAVAILABLE: zh.dbDown, FORBIDDEN: zh.editorNeeded };

/**
 * POSTs one named operation of operations.graphql to /graphql; GraphQL errors become ApiError with the
 * server's stable code.
 */
export async function gql<T, V extends object = Record<string, unknown>>(
  operationName: string,
  variables?: V,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ query: documentOf(operationName), operationName, variables }),
      signal: signal ?? null,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(zh.networkError, 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL';
    throw new ApiError(ERROR_TEXT[code] ?? first.message, code);
  }
  if (!body?.data) throw new ApiError(zh.networkError, 'NETWORK');
  return body.data;
}
