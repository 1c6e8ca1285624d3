import { gql } from './client.ts';

/**
 * Requests started before React (and before the explorer's main bundle has even been evaluated): the entry
 * (main.tsx) puts them here, and the first useQuery with the same operation and variables takes the request over
 * instead of sending its own. This module imports no React, so the entry stays small.
 */
const early = new Map<string, Promise<unknown>>();
/** Keys of prefetched requests whose answer (or error) has arrived. */
const arrived = new Set<string>();
export const keyOf = (operation: string, variables: object) => `${operation} ${JSON.stringify(variables)}`;

/** Starts `operation` now; useQuery claims it by operation and variables. */
export function prefetchQuery<V extends object>(operation: string, variables: V): void {
  const key = keyOf(operation, variables);
  const request = gql(operation, variables);
  // useQuery reports the error; an unclaimed prefetch must not be "unhandled"
  request.then(
    () => arrived.add(key),
    () => arrived.add(key),
  );
  early.set(key, request);
}

/** Whether a prefetched request's answer has arrived already (nothing is left to wait for). */
export function earlyArrived(operation: string, variables: object): boolean {
  return arrived.has(keyOf(operation, variables));
}

/** The prefetched request for `key`, removed from the map (null when there is none). */
export function claimEarly<T>(key: string): Promise<T> | null {
  const request = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return request ?? null;
}

/** Puts back a request still in flight whose claimant unmounted (a remount at once takes it over again). */
export function returnEarly(key: string, request: Promise<unknown>): void {
  early.set(key, request);
}
