import cytoscape from 'cytoscape';
import { LINK_STATUSES } from '../../../vocab/status.ts';
import { chainElements, type MapFeed, type MapLink } from './elements.ts';
import { stageColumnsView } from './layout.ts';
import { chainStylesheet, LARGE_DRAWING, LARGE_LIMITS } from './style.ts';

/** Links of the warm-up map: a few per stage and status, enough for each code path of a first frame to run. */
const WARM_LINKS = 60;
const WARM_STAGES = 6;

let started = false;

/** Marks that a real map is being built: a warm-up not yet begun is no longer worth it. */
export function mapStarted(): void {
  started = true;
}

/**
 * Draws a small throwaway map the way a large one is drawn (stage columns, the large stylesheet and drawing
 * options, one frame), off screen, once per page, while a chain page waits for its map's answer (issue #20).
 * A fresh page runs Cytoscape's style and drawing code for the first time in the map's first frame — parsed,
 * compiled and its caches filled then, on 1,865 elements; run once on 60 during the wait (the main thread is
 * idle), the real first frame finds that code compiled. Nothing of it stays: no element, no listener, no node.
 */
export function warmUpMapDrawing(): Promise<void> {
  if (started) return Promise.resolve();
  started = true;
  const links: MapLink[] = Array.from({ length: WARM_LINKS }, (_, i) => ({
    stage: i % WARM_STAGES,
    status: LINK_STATUSES[i % LINK_STATUSES.length] ?? 'MISSING',
    product: { id: `warm-${i}`, name: '' },
    sharedWith: i % 9 === 0 ? [{ id: 'warm', name: '' }] : [],
  }));
  const feeds: MapFeed[] = links.flatMap((l, i) =>
    l.stage > 0 ? [{ from: `warm-${i - 1}`, to: l.product.id }] : [],
  );
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:400px;height:300px;pointer-events:none';
  document.body.appendChild(host);
  const view = stageColumnsView(chainElements(links, feeds), { width: 400, height: 300 }, LARGE_LIMITS);
  const cy = cytoscape({
    container: host,
    elements: view.elements,
    layout: { name: 'preset', fit: false },
    style: chainStylesheet(true),
    zoom: view.zoom,
    pan: view.pan,
    ...LARGE_DRAWING,
  });
  return new Promise((resolve) => {
    cy.one('render', () => {
      cy.destroy();
      host.remove();
      resolve();
    });
  });
}
