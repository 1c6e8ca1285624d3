import { useEffect, useState } from 'react';

/**
 * A chain page opened from its address waits for one thing: its map. The shell's lists (plans, zones) and the
 * chain's side queries (pipeline, gaps) are asked once that map has drawn its first frame. On the national graph
 * those lists are 1.6 MB and seconds of server time that would otherwise share two cores with the map's own query
 * and its drawing (docs/BENCHMARKS.md, "The largest chain map").
 */
export class SideQueryGate {
  private held = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  /** Side queries wait until release(), at most `maxMs` (a map that never draws must not hold them back). */
  hold(maxMs: number): void {
    this.held = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(), maxMs);
  }

  release(): void {
    clearTimeout(this.timer);
    if (!this.held) return;
    this.held = false;
    for (const l of [...this.listeners]) l();
  }

  get released(): boolean {
    return !this.held;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * How long side queries wait at most for the first map: a last resort (the map's error and leaving the chain page
 * release them at once), long enough for the largest map on a loaded machine.
 */
export const SIDE_QUERY_WAIT_MS = 15_000;

/** The page's gate: held by main.tsx on a chain page, released by the chain map's first frame (or an error). */
export const sideQueries = new SideQueryGate();

/** True once side queries may be sent (at once on any page that did not open on a chain map). */
export function useSideQueriesReleased(): boolean {
  const [released, setReleased] = useState(sideQueries.released);
  useEffect(() => {
    if (sideQueries.released) {
      setReleased(true);
      return;
    }
    return sideQueries.subscribe(() => setReleased(true));
  }, []);
  return released;
}
