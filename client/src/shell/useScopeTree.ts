import { useEffect, useRef, useState } from 'react';
import { gql } from '../api/client.ts';
import { useGraphEpoch } from '../api/graphEpoch.ts';
import type {
  ScopeTreeQuery,
  ScopeTreeQueryVariables,
  ZoneChildrenQuery,
  ZoneChildrenQueryVariables,
} from '../api/types.generated.ts';
import { mergeZones, parentsIn, pathTo, type ScopeZone } from '../state/scopeTree.ts';

export interface ScopeTreeState {
  /** The zones loaded so far: the tree as it opened, and the children of every zone expanded since. */
  zones: ReadonlyMap<string, ScopeZone>;
  /** The current zone's path, top first ([] for the whole graph, or while it loads). */
  path: ScopeZone[];
  expanded: ReadonlySet<string>;
  /** Zones whose children are on their way. */
  pending: ReadonlySet<string>;
  /** The whole graph's name (綦江区, or 全部地区); '' until known. */
  everywhere: string;
  failed: boolean;
  toggle: (id: string) => void;
  /** Zones known from elsewhere (a search's match and its ancestors): the breadcrumbs of a pick while it loads. */
  hint: (zones: readonly ScopeZone[]) => void;
}

const union = (s: ReadonlySet<string>, ids: readonly string[]) => new Set([...s, ...ids]);

/**
 * The header's scope tree, loaded as it is shown (issue #20): the tree as it opens for the current zone
 * (ScopeTree: the top level and each level down to it), a zone's children when it is first expanded
 * (ZoneChildren). A current zone that is not loaded yet (the first visit, a pick from the search) asks ScopeTree
 * again; one picked in the tree is already there. `enabled`: false while a chain page draws its first map. After
 * an import in this tab (api/graphEpoch.ts) the tree is asked for anew.
 */
export function useScopeTree(current: string | null, enabled: boolean): ScopeTreeState {
  const [zones, setZones] = useState<ReadonlyMap<string, ScopeZone>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [everywhere, setEverywhere] = useState('');
  const [failed, setFailed] = useState(false);
  const [hints, setHints] = useState<ReadonlyMap<string, ScopeZone>>(new Map());
  // Parents whose children are all loaded ('' : the top level).
  const complete = useRef(new Set<string>());
  const known = useRef(zones);
  known.current = zones;
  // An import in this tab may have added a district: the tree and the graph's name are asked for again.
  const epoch = useGraphEpoch();
  const askedAt = useRef(epoch);

  useEffect(() => {
    if (!enabled) return;
    if (askedAt.current !== epoch) {
      askedAt.current = epoch;
      complete.current = new Set();
    }
    if (complete.current.has('') && (current === null || known.current.has(current))) {
      // Picked in the tree: open the way to it.
      setExpanded((s) =>
        union(
          s,
          pathTo(known.current, current).map((z) => z.id),
        ),
      );
      return;
    }
    const ctrl = new AbortController();
    gql<ScopeTreeQuery, ScopeTreeQueryVariables>('ScopeTree', { zone: current }, ctrl.signal).then(
      (d) => {
        const opened = parentsIn(d.scopeTree);
        complete.current = new Set([...complete.current, '', ...opened]);
        const next = mergeZones(known.current, d.scopeTree);
        setZones(next);
        setEverywhere(d.scope.label);
        setFailed(false);
        setExpanded((s) =>
          union(
            union(s, opened),
            pathTo(next, current).map((z) => z.id),
          ),
        );
      },
      () => {
        if (!ctrl.signal.aborted) setFailed(true);
      },
    );
    return () => ctrl.abort();
  }, [current, enabled, epoch]);

  const toggle = (id: string) => {
    if (expanded.has(id)) {
      setExpanded((s) => new Set([...s].filter((x) => x !== id)));
      return;
    }
    setExpanded((s) => union(s, [id]));
    if (complete.current.has(id) || pending.has(id)) return;
    setPending((s) => union(s, [id]));
    gql<ZoneChildrenQuery, ZoneChildrenQueryVariables>('ZoneChildren', { parent: id })
      .then(
        (d) => {
          complete.current.add(id);
          setZones((z) => mergeZones(z, d.zoneChildren));
        },
        () => {
          // Closed again, so that expanding it asks once more.
          setExpanded((s) => new Set([...s].filter((x) => x !== id)));
        },
      )
      .finally(() => setPending((s) => new Set([...s].filter((x) => x !== id))));
  };

  const path = pathTo(
    current === null || zones.has(current) ? zones : mergeZones(zones, [...hints.values()]),
    current,
  );
  const hint = (more: readonly ScopeZone[]) => setHints(mergeZones(new Map(), more));
  return { zones, path, expanded, pending, everywhere, failed, toggle, hint };
}
