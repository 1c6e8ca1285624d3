import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useMemo, useRef, useState } from 'react';
import { sideQueries } from '../api/sideQueries.ts';
import { zh } from '../i18n/zh.ts';
import { changedData, structureKey } from './elements.ts';
import { isLargeMap, layeredFor, STAGE_COLUMNS, stageColumnsView } from './layout.ts';
import { previewScene, showPreview } from './preview.ts';
import { chainStylesheet, LARGE_DRAWING, LARGE_LABEL_ZOOM, LARGE_LIMITS } from './style.ts';
import { nearestWithin, type ScreenBox } from './touch.ts';
import { mapStarted } from './warmUp.ts';

cytoscape.use(dagre);

/**
 * performance.mark set when a map is first drawn after its layout; detail: { elements, painter }. A large map's
 * first frame is its preview (preview.ts: painter 'preview'), a small map's Cytoscape's own ('cytoscape').
 */
export const DRAWN_MARK = 'chain-map-drawn';

/** performance.mark set when Cytoscape has drawn the map: from here it answers taps, pans and zooms. */
export const INTERACTIVE_MARK = 'chain-map-interactive';

export interface ChainMapProps {
  elements: ElementDefinition[];
  selected?: string | null;
  /** Ids to keep bright; everything else is dimmed. Null = no highlight. */
  highlight?: ReadonlySet<string> | null;
  onSelect?: (id: string | null) => void;
  onReady?: (cy: Core) => void;
}

/** Every visible node's box as drawn on screen. */
function screenBoxes(cy: Core): ScreenBox[] {
  return cy
    .nodes(':visible')
    .map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: false }) }));
}

/**
 * On a phone the inspector rises over the lower half of the screen (responsive.css: the sheet's 50dvh) when a
 * link is chosen: move the map so the chosen node sits in the part still in view.
 */
function keepAboveSheet(cy: Core, node: NodeSingular) {
  if (!node.length || !window.matchMedia('(max-width: 767.98px)').matches) return;
  const box = cy.container()?.getBoundingClientRect();
  if (!box) return;
  const bottom = Math.min(box.bottom, window.innerHeight * 0.5);
  if (bottom - box.top < 60) return;
  const y = box.top + node.renderedPosition().y;
  if (y > box.top + 20 && y < bottom - 20) return;
  cy.panBy({ x: 0, y: (box.top + bottom) / 2 - y });
}

/** Maps with more nodes than this keep their stage-column viewport (the large-map path), highlight or not. */
const LARGE_FIT_LIMIT = 150;

/** The most a fit zooms in: a handful of highlighted links would otherwise be drawn three times their size. */
const MAX_FIT_ZOOM = 1.25;

/** Fits the view to the highlighted nodes (all elements when none), zooming in no further than MAX_FIT_ZOOM. */
function fitView(cy: Core, highlight: ReadonlySet<string> | null | undefined, padding: number) {
  const part = highlight ? cy.nodes().filter((n) => highlight.has(n.id())) : cy.collection();
  const target = part.length > 0 ? part : cy.elements();
  cy.fit(target, padding);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(target);
  }
}

/** The only component that touches the Cytoscape instance. */
export function ChainMap({ elements, selected, highlight, onSelect, onReady }: ChainMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  // The map is built anew only when its nodes or edges change; new data on the same ones (a lead line that
  // arrived after the first frame) is written into the map as it stands, keeping the reader's viewport.
  const structure = useMemo(() => structureKey(elements), [elements]);
  const latest = useRef(elements);
  latest.current = elements;
  const drawnFrom = useRef<readonly ElementDefinition[] | null>(null);
  // Until the reader pans or zooms, the map keeps fitted: to the highlighted part when there is one (the upstream
  // of a link: on a phone, fitting the whole chain left the upstream off screen), else to all of it.
  const moved = useRef(false);
  const highlightRef = useRef(highlight);
  highlightRef.current = highlight;
  // Counts the Cytoscape instances built: a large map's is built a frame after its preview, so the effects below
  // (new data, selection, highlight) run again once it exists.
  const [instances, setInstances] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `structure` stands for the elements' ids
  useEffect(() => {
    if (!container.current) return;
    const elements = latest.current;
    drawnFrom.current = elements;
    // A large chain gets precomputed stage columns with a fitted viewport, and the drawing shortcuts Cytoscape
    // offers for big graphs (no edges and a cached texture while the viewport moves, 1:1 pixels); a small one
    // keeps dagre.
    const large = isLargeMap(elements);
    const limits = large ? LARGE_LIMITS : { padding: 24, minZoom: 0.15, maxZoom: 3 };
    mapStarted();
    const host = container.current;
    const box = host.getBoundingClientRect();
    const view = large ? stageColumnsView(elements, box, limits) : null;
    let cy: Core | null = null;
    let resized: ResizeObserver | null = null;
    const build = () => {
      const built = cytoscape({
        container: host,
        elements: view ? view.elements : elements,
        // Keep the positions the elements bring (Cytoscape would otherwise run a grid layout first).
        layout: STAGE_COLUMNS.options,
        style: chainStylesheet(large),
        minZoom: limits.minZoom,
        maxZoom: limits.maxZoom,
        wheelSensitivity: 0.3,
        boxSelectionEnabled: false,
        autoungrabify: true,
        ...(view ? { zoom: view.zoom, pan: view.pan, ...LARGE_DRAWING } : {}),
      });
      cy = built;
      built.on('tap', 'node', (e) => onSelectRef.current?.(e.target.id()));
      built.on('tap', (e) => {
        if (e.target !== built) return;
        // A finger is coarser than a pointer: a tap near a node (TAP_SLOP) opens it; elsewhere it clears the choice.
        const touch = (e.originalEvent as Event | undefined)?.type.startsWith('touch');
        onSelectRef.current?.(touch ? nearestWithin(screenBoxes(built), e.renderedPosition) : null);
      });
      // Cytoscape's first frame after the layout: the map answers from here (and a small map is drawn: the
      // benchmarks read these marks); a large map's preview gives way to it.
      const markDrawn = () =>
        built.one('render', () => {
          const count = built.elements().length;
          hidePreview?.();
          host.setAttribute('data-elements', String(count));
          if (!view) performance.mark(DRAWN_MARK, { detail: { elements: count, painter: 'cytoscape' } });
          performance.mark(INTERACTIVE_MARK, { detail: { elements: count } });
          sideQueries.release();
        });
      if (view) {
        markDrawn();
        // Labels of a large map appear (once, for good) when it is zoomed in far enough to read them.
        const showLabels = () => {
          if (built.zoom() < LARGE_LABEL_ZOOM) return;
          built.off('zoom', showLabels);
          built.nodes().addClass('labelled');
        };
        built.on('zoom', showLabels);
        showLabels();
      } else {
        built.one('layoutstop', markDrawn);
        built.layout(layeredFor(box).options).run();
      }
      cyRef.current = built;
      onReady?.(built);
      (window as unknown as { __cy?: Core }).__cy = built;
      // The page around the map may change after its first frame (the header gains the plan switcher when the
      // plans arrive): the map follows its container, and stays fitted until the reader moves it.
      moved.current = false;
      built.one('tapstart dragpan scrollzoom pinchzoom', () => {
        moved.current = true;
      });
      let size = { width: box.width, height: box.height };
      resized = new ResizeObserver(() => {
        const now = host.getBoundingClientRect();
        if (now.width === size.width && now.height === size.height) return;
        size = { width: now.width, height: now.height };
        built.resize();
        if (!moved.current) fitView(built, view ? null : highlightRef.current, limits.padding);
      });
      resized.observe(host);
      setInstances((n) => n + 1);
    };
    // A large map: its preview first (a few ms), marked drawn in the frame that shows it; Cytoscape is built in
    // the task after that frame, so the browser paints the preview before the construction holds the thread.
    let hidePreview: (() => void) | null = null;
    let frame = 0;
    let later: ReturnType<typeof setTimeout> | undefined;
    if (view) {
      hidePreview = showPreview(host, previewScene(view.elements, view, highlightRef.current));
      frame = requestAnimationFrame(() => {
        performance.mark(DRAWN_MARK, { detail: { elements: view.elements.length, painter: 'preview' } });
        later = setTimeout(build, 0);
      });
    } else build();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(later);
      hidePreview?.();
      resized?.disconnect();
      (cy as Core | null)?.destroy();
      cyRef.current = null;
    };
  }, [structure, onReady]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `instances`: apply to an instance built after the change
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || drawnFrom.current === elements) return;
    drawnFrom.current = elements;
    const changed = changedData(elements, (id) => cy.getElementById(id).data());
    if (changed.length)
      cy.batch(() => {
        for (const d of changed) cy.getElementById(d.id).data(d);
      });
  }, [elements, instances]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply to a new Cytoscape instance when elements change
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().unselect();
    if (!selected) return;
    const node = cy.getElementById(selected);
    node.select();
    keepAboveSheet(cy, node);
  }, [selected, elements, instances]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply to a new Cytoscape instance when elements change
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('dimmed');
      if (highlight) {
        cy.nodes().forEach((n) => {
          if (!highlight.has(n.id())) n.addClass('dimmed');
        });
        cy.edges().forEach((e) => {
          if (!highlight.has(e.source().id()) || !highlight.has(e.target().id())) e.addClass('dimmed');
        });
      }
    });
    if (highlight && !moved.current && cy.nodes().length < LARGE_FIT_LIMIT) fitView(cy, highlight, 24);
  }, [highlight, elements, instances]);

  const zoomBy = (f: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="chain-map" />
      <div className="map-tools">
        <button
          type="button"
          onClick={() => cyRef.current?.fit(undefined, 24)}
          title={zh.fit}
          aria-label={zh.fit}
        >
          ⤢
        </button>
        <button type="button" onClick={() => zoomBy(1.25)} title={zh.zoomIn} aria-label={zh.zoomIn}>
          ＋
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} title={zh.zoomOut} aria-label={zh.zoomOut}>
          －
        </button>
      </div>
    </div>
  );
}
