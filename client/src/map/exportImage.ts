import cytoscape, { type Core } from 'cytoscape';
import { download } from '../export/csv.ts';

/** The current map as a PNG (2× for print) or an SVG, the whole graph on a white background. */
export function exportPng(cy: Core, name: string): void {
  const blob = cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob;
  download(`${name}.png`, blob);
}

let svgExtension: Promise<void> | null = null;

/** cytoscape-svg loads on the first SVG export, not with the page. */
export async function exportSvg(cy: Core, name: string): Promise<void> {
  svgExtension ??= import('cytoscape-svg').then((m) => {
    cytoscape.use(m.default);
  });
  await svgExtension;
  download(`${name}.svg`, cy.svg({ full: true, scale: 1, bg: '#ffffff' }), 'image/svg+xml;charset=utf-8');
}
