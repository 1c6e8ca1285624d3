import { useEffect, useState } from 'react';
import { ApiError, gql } from './client.ts';

export type QueryState<T> =
  | { state: 'loading'; data: T | null }
  | { state: 'error'; error: ApiError; data: T | null }
  | { state: 'ok'; data: T };

/** Runs a named operation whenever its variables change; aborts the previous request. */
export function useQuery<T, V extends object>(
  operation: string,
  variables: V | null,
  nonce = 0,
): QueryState<T> {
  const [result, setResult] = useState<QueryState<T>>({ state: 'loading', data: null });
  const key = JSON.stringify(variables);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`
  useEffect(() => {
    if (variables === null) return;
    const ctrl = new AbortController();
    setResult((r) => ({ state: 'loading', data: r.data }));
    gql<T, V>(operation, variables, ctrl.signal).then(
      (data) => setResult({ state: 'ok', data }),
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        const error = err instanceof ApiError ? err : new ApiError(String(err), 'INTERNAL');
        setResult((r) => ({ state: 'error', error, data: r.data }));
      },
    );
    return () => ctrl.abort();
  }, [operation, key, nonce]);
  return result;
}
