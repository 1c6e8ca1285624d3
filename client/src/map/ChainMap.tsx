import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import { useEffect, useRef } from 'react';
import { zh } from '../i18n/zh.ts';
import { LAYERED_LR } from './layout.ts';
import { chainStylesheet } from './style.ts';

cytoscape.use(dagre);
cytoscape.use(svg);

/** performance.mark set when a map is first drawn after its layout; detail: { elements }. */
export const DRAWN_MARK = 'chain-map-drawn';

export interface ChainMapProps {
  elements: ElementDefinition[];
  selected?: string | null;
  /** Ids to keep bright; everything else is dimmed. Null = no highlight. */
  highlight?: ReadonlySet<string> | null;
  onSelect?: (id: string | null) => void;
  onReady?: (cy: Core) => void;
}

/** The only component that touches the Cytoscape instance. */
export function ChainMap({ elements, selected, highlight, onSelect, onReady }: ChainMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements,
      style: chainStylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on('tap', 'node', (e) => onSelectRef.current?.(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) onSelectRef.current?.(null);
    });
    // The first frame drawn after the layout is "the map is drawn": benchmarks read this mark.
    cy.one('layoutstop', () => {
      cy.one('render', () => {
        const elements = cy.elements().length;
        container.current?.setAttribute('data-elements', String(elements));
        performance.mark(DRAWN_MARK, { detail: { elements } });
      });
    });
    cy.layout(LAYERED_LR.options).run();
    cyRef.current = cy;
    onReady?.(cy);
    (window as unknown as { __cy?: Core }).__cy = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [elements, onReady]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply to a new Cytoscape instance when elements change
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().unselect();
    if (selected) cy.getElementById(selected).select();
  }, [selected, elements]);

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
  }, [highlight, elements]);

  const zoomBy = (f: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="chain-map" />
      <div className="map-tools">
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 24)} title={zh.fit}>
          ⤢
        </button>
        <button type="button" onClick={() => zoomBy(1.25)} title={zh.zoomIn}>
          ＋
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} title={zh.zoomOut}>
          －
        </button>
      </div>
    </div>
  );
}
