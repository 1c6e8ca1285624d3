import { useEffect, useState } from 'react';
import { ApiError, gql } from './client.ts';
import { claimEarly, keyOf, returnEarly } from './early.ts';

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
    const prefetched = claimEarly<T>(keyOf(operation, variables));
    let settled = false;
    (prefetched ?? gql<T, V>(operation, variables, ctrl.signal)).then(
      (data) => {
        settled = true;
        if (!ctrl.signal.aborted) setResult({ state: 'ok', data });
      },
      (err: unknown) => {
        settled = true;
        if (ctrl.signal.aborted) return;
        const error = err instanceof ApiError ? err : new ApiError(String(err), 'INTERNAL');
        setResult((r) => ({ state: 'error', error, data: r.data }));
      },
    );
    return () => {
      ctrl.abort();
      // A component that mounts again at once (a remount under Suspense) takes over the prefetched request still
      // in flight instead of sending the same query a second time.
      if (prefetched && !settled) returnEarly(keyOf(operation, variables), prefetched);
    };
  }, [operation, key, nonce]);
  return result;
}
