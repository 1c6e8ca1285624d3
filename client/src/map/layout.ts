import type { LayoutOptions } from 'cytoscape';

/** Layouts as small descriptors; the ChainMap component is the only place that runs them. */
export const LAYERED_LR = {
  id: 'layered-lr',
  options: {
    name: 'dagre',
    rankDir: 'LR',
    nodeSep: 18,
    rankSep: 70,
    edgeSep: 10,
    fit: true,
    padding: 24,
    animate: false,
  } as LayoutOptions,
};
