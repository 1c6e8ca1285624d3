import type { ElementDefinition, LayoutOptions, Position } from 'cytoscape';

/** Layouts as small descriptors; the ChainMap component is the only place that runs them. */
const DAGRE = { name: 'dagre', edgeSep: 10, fit: true, padding: 24, animate: false };

export const LAYERED_LR = {
  id: 'layered-lr',
  options: { ...DAGRE, rankDir: 'LR', nodeSep: 18, rankSep: 70 } as LayoutOptions,
};

/**
 * The same layers top to bottom, for a container taller than wide (a phone held upright): a chain is a few
 * stages long and a few links wide, so it fits such a screen at a zoom whose labels can be read.
 */
export const LAYERED_TB = {
  id: 'layered-tb',
  options: { ...DAGRE, rankDir: 'TB', nodeSep: 14, rankSep: 50 } as LayoutOptions,
};

/** The layered layout for a container of this size: top to bottom when it is taller than wide. */
export function layeredFor(size: { width: number; height: number }) {
  return size.height > size.width * 1.05 ? LAYERED_TB : LAYERED_LR;
}

/**
 * Positions computed up front (stageColumns) and applied as they are: no iterations in the browser.
 * Dagre's crossing minimisation takes tens of seconds on a chain of 800 links; this takes milliseconds.
 */
export const STAGE_COLUMNS = {
  id: 'stage-columns',
  options: { name: 'preset', fit: false, animate: false } as LayoutOptions,
};

/** From this many nodes on, a map is "large": stage columns instead of dagre, and the cheaper drawing options. */
export const LARGE_MAP_NODES = 150;

export function isLargeMap(elements: readonly ElementDefinition[]): boolean {
  let nodes = 0;
  for (const e of elements) if (e.group === 'nodes' && ++nodes >= LARGE_MAP_NODES) return true;
  return false;
}

/** Grid of the stage-column layout, in model pixels: a node's slot and the gap between stages. */
export const GRID = { column: 170, row: 56, stageGap: 90 };

interface LayoutNode {
  id: string;
  stage: number;
}
interface LayoutEdge {
  source: string;
  target: string;
}

/**
 * A cheap deterministic layered layout for large chains: one column block per stage (left to right), nodes of
 * a stage ordered by a few barycenter sweeps over their FEEDS neighbours (fewer crossings), and a stage with many
 * links wrapped into several sub-columns so the whole map roughly matches the viewport's aspect ratio.
 */
export function stageColumns(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  aspect = 1.6,
  sweeps = 4,
): Map<string, Position> {
  const stages = [...new Set(nodes.map((n) => n.stage))].sort((a, b) => a - b);
  const columnOf = new Map(nodes.map((n) => [n.id, stages.indexOf(n.stage)]));
  const columns: string[][] = stages.map(() => []);
  for (const n of nodes) columns[columnOf.get(n.id) as number]?.push(n.id);

  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    if (e.source === e.target || !columnOf.has(e.source) || !columnOf.has(e.target)) continue;
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }

  // Relative position (0..1) of every node within its column; columns of different sizes compare.
  const rel = new Map<string, number>();
  const place = (col: string[]) => {
    col.forEach((id, i) => {
      rel.set(id, (i + 0.5) / col.length);
    });
  };
  for (const col of columns) place(col);
  for (let s = 0; s < sweeps; s++) {
    const forward = s % 2 === 0;
    const order = columns.map((_, i) => (forward ? i : columns.length - 1 - i));
    for (const c of order) {
      const col = columns[c] as string[];
      const bary = new Map<string, number>();
      for (const id of col) {
        // Forward sweeps look left (at columns already ordered in this sweep), backward sweeps look right.
        const ns = (neighbours.get(id) ?? []).filter((n) => {
          const nc = columnOf.get(n) as number;
          return forward ? nc < c : nc > c;
        });
        bary.set(
          id,
          ns.length ? ns.reduce((sum, n) => sum + (rel.get(n) ?? 0), 0) / ns.length : (rel.get(id) ?? 0),
        );
      }
      col.sort((a, b) => (bary.get(a) ?? 0) - (bary.get(b) ?? 0));
      place(col);
    }
  }

  // Rows per sub-column: the smallest height whose width/height is closest to the viewport's aspect ratio.
  const largest = Math.max(1, ...columns.map((c) => c.length));
  const size = (rows: number) => {
    const subs = columns.reduce((sum, c) => sum + Math.max(1, Math.ceil(c.length / rows)), 0);
    return { w: subs * GRID.column + (columns.length - 1) * GRID.stageGap, h: rows * GRID.row };
  };
  let rows = largest;
  let best = Number.POSITIVE_INFINITY;
  for (let r = largest; r >= 1; r--) {
    const { w, h } = size(r);
    const miss = Math.abs(Math.log(w / h / aspect));
    if (miss < best) {
      best = miss;
      rows = r;
    }
  }

  const out = new Map<string, Position>();
  let x = 0;
  for (const col of columns) {
    const subs = Math.max(1, Math.ceil(col.length / rows));
    const height = Math.ceil(col.length / subs);
    const top = ((rows - height) * GRID.row) / 2;
    // Row-major within the block keeps the sweep order top to bottom, so edges stay mostly uncrossed.
    col.forEach((id, i) => {
      out.set(id, { x: x + (i % subs) * GRID.column, y: top + Math.floor(i / subs) * GRID.row });
    });
    x += subs * GRID.column + GRID.stageGap;
  }
  return out;
}

/** Node box of a large map (fixed, so nothing needs measuring before the first frame). */
export const LARGE_NODE = { width: 140, height: 40 };

/**
 * Elements with stage-column positions (nodes get `position`) and the viewport that fits them into a
 * `width`×`height` container — computed from the grid, so Cytoscape need not measure 800 labels to fit.
 */
export function stageColumnsView(
  elements: readonly ElementDefinition[],
  size: { width: number; height: number },
  limits: { padding: number; minZoom: number; maxZoom: number },
): { elements: ElementDefinition[]; zoom: number; pan: Position } {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  for (const e of elements) {
    if (e.group === 'nodes') nodes.push({ id: String(e.data.id), stage: Number(e.data.stage ?? 0) });
    else edges.push({ source: String(e.data.source), target: String(e.data.target) });
  }
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const pos = stageColumns(nodes, edges, width / height);
  let [x1, y1, x2, y2] = [0, 0, 0, 0];
  let first = true;
  for (const p of pos.values()) {
    if (first || p.x < x1) x1 = p.x;
    if (first || p.y < y1) y1 = p.y;
    if (first || p.x > x2) x2 = p.x;
    if (first || p.y > y2) y2 = p.y;
    first = false;
  }
  x1 -= LARGE_NODE.width / 2;
  x2 += LARGE_NODE.width / 2;
  y1 -= LARGE_NODE.height / 2;
  y2 += LARGE_NODE.height / 2;
  const fit = Math.min((width - 2 * limits.padding) / (x2 - x1), (height - 2 * limits.padding) / (y2 - y1));
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, fit));
  return {
    elements: elements.map((e) => {
      const p = e.group === 'nodes' ? pos.get(String(e.data.id)) : undefined;
      return p ? { ...e, position: p } : e;
    }),
    zoom,
    pan: { x: (width - (x2 - x1) * zoom) / 2 - x1 * zoom, y: (height - (y2 - y1) * zoom) / 2 - y1 * zoom },
  };
}
