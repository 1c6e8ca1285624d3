import type { ElementDefinition, Position } from 'cytoscape';
import { type LinkStatus, STATUS } from '../../../vocab/status.ts';
import { LARGE_NODE } from './layout.ts';
import { LARGE_LOOK } from './style.ts';

/**
 * A large map's first frame, drawn with the plain 2D canvas while Cytoscape is built behind it.
 *
 * On the largest map (1,865 elements) Cytoscape spends 300–600 ms of a fresh page before its first frame: creating
 * the elements, applying the stylesheet to each, filling its texture caches (docs/BENCHMARKS.md). The picture of
 * that frame is simple — no labels until the map is zoomed in, fixed-size boxes coloured by status, straight
 * edges — so it is drawn here first, in a few milliseconds, with the same positions, viewport and look as the
 * large-map stylesheet (style.ts), and taken away when Cytoscape has drawn the same map. Until then the map
 * shows but does not answer taps (ChainMap marks both moments).
 */

/** What the preview draws: boxes and lines in model coordinates, and the viewport (Cytoscape's zoom and pan). */
export interface PreviewScene {
  nodes: { x: number; y: number; status: LinkStatus | null; shared: boolean; dimmed: boolean }[];
  edges: { x1: number; y1: number; x2: number; y2: number; dimmed: boolean }[];
  zoom: number;
  pan: Position;
}

/**
 * The scene of positioned elements (stageColumnsView's) in the given viewport. `highlight`: the ids kept bright
 * (as ChainMap's highlight: an edge is dimmed unless both its ends are kept).
 */
export function previewScene(
  elements: readonly ElementDefinition[],
  view: { zoom: number; pan: Position },
  highlight?: ReadonlySet<string> | null,
): PreviewScene {
  const at = new Map<string, Position>();
  const nodes: PreviewScene['nodes'] = [];
  for (const e of elements) {
    if (e.group !== 'nodes' || !e.position) continue;
    const id = String(e.data.id);
    at.set(id, e.position);
    const status = e.data.status as LinkStatus | undefined;
    nodes.push({
      x: e.position.x,
      y: e.position.y,
      status: status && status in STATUS ? status : null,
      shared: Boolean(e.data.shared),
      dimmed: highlight ? !highlight.has(id) : false,
    });
  }
  const edges: PreviewScene['edges'] = [];
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const [source, target] = [String(e.data.source), String(e.data.target)];
    const a = at.get(source);
    const b = at.get(target);
    if (!a || !b) continue;
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      dimmed: highlight ? !(highlight.has(source) && highlight.has(target)) : false,
    });
  }
  return { nodes, edges, zoom: view.zoom, pan: view.pan };
}

function roundRect(ctx: CanvasRenderingContext2D, cx: number, cy: number, w: number, h: number) {
  // Cytoscape's round-rectangle corner: min(w / 4, h / 4, 8).
  const r = Math.min(w / 4, h / 4, 8);
  ctx.beginPath();
  ctx.roundRect(cx - w / 2, cy - h / 2, w, h, r);
}

/** Draws the scene into a canvas of the container's size at 1:1 pixels (the large map's pixelRatio). */
export function drawPreview(canvas: HTMLCanvasElement, scene: PreviewScene): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(scene.zoom, 0, 0, scene.zoom, scene.pan.x, scene.pan.y);
  const { width, height } = LARGE_NODE;
  const look = LARGE_LOOK;
  // Edges under the nodes, as Cytoscape draws them.
  ctx.lineWidth = look.edgeWidth;
  ctx.strokeStyle = look.edgeColor;
  for (const dimmed of [false, true]) {
    ctx.globalAlpha = dimmed ? look.dimmedOpacity : 1;
    ctx.beginPath();
    for (const e of scene.edges) {
      if (e.dimmed !== dimmed) continue;
      ctx.moveTo(e.x1, e.y1);
      ctx.lineTo(e.x2, e.y2);
    }
    ctx.stroke();
  }
  for (const n of scene.nodes) {
    ctx.globalAlpha = n.dimmed ? look.dimmedOpacity : 1;
    const s = n.status ? STATUS[n.status] : null;
    roundRect(ctx, n.x, n.y, width, height);
    ctx.fillStyle = s?.fill ?? '#999999';
    ctx.fill();
    ctx.lineWidth = look.border;
    ctx.strokeStyle = s?.border ?? '#555555';
    ctx.setLineDash(s?.borderStyle === 'dashed' ? [...look.dash] : []);
    ctx.stroke();
    ctx.setLineDash([]);
    if (n.shared) {
      const grow = 2 * (look.outline.offset + look.border / 2 + look.outline.width / 2);
      roundRect(ctx, n.x, n.y, width + grow, height + grow);
      ctx.lineWidth = look.outline.width;
      ctx.strokeStyle = look.outline.color;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

/**
 * Puts a canvas into the container (Cytoscape's layers, added later, go over it; they stay empty until its first
 * frame, when ChainMap takes the preview away), draws the scene into it, and returns the way to take it away.
 * No z-index: the map's zoom buttons stay above it.
 */
export function showPreview(container: HTMLElement, scene: PreviewScene): () => void {
  const box = container.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(box.width));
  canvas.height = Math.max(1, Math.round(box.height));
  canvas.className = 'chain-map-preview';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    width: `${box.width}px`,
    height: `${box.height}px`,
    pointerEvents: 'none',
  });
  if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
  container.appendChild(canvas);
  drawPreview(canvas, scene);
  return () => canvas.remove();
}
