import { useSyncExternalStore } from 'react';

/**
 * A count of the writes this tab made that can change what the header shows of the whole graph: a plan or a
 * table import can add a district (the graph's name turns from 綦江区 to 全部地区, the scope tree gains a branch,
 * a district gains plans). Views that hold such answers across pages (the scope tree, the plans, the overview)
 * ask again when it moves; the views of one page ask on every visit anyway.
 */
let epoch = 0;
const listeners = new Set<() => void>();

export function graphChanged(): void {
  epoch += 1;
  for (const l of listeners) l();
}

export const currentGraphEpoch = () => epoch;

export function useGraphEpoch(): number {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, currentGraphEpoch);
}
