import type { StylesheetJson } from 'cytoscape';
import { LINK_STATUSES, STATUS } from '../../../vocab/status.ts';
import { LARGE_NODE } from './layout.ts';

/**
 * The drawing shortcuts Cytoscape offers for big graphs, on a large map: no edges and a cached texture while the
 * viewport moves, 1:1 pixels.
 */
export const LARGE_DRAWING = { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } as const;

/** A large map's viewport limits (it zooms out further than a small one). */
export const LARGE_LIMITS = { padding: 24, minZoom: 0.05, maxZoom: 3 } as const;

/** Zoom from which a large map shows its labels (13 px text is ~7 px on screen there). */
export const LARGE_LABEL_ZOOM = 0.55;

/**
 * The numbers of a large map's look that its preview (preview.ts) draws too: border and edge widths, the edge
 * colour, the shared links' outline, the dimmed opacity, and Cytoscape's default dash of a dashed border.
 */
export const LARGE_LOOK = {
  border: 2,
  dash: [4, 2],
  edgeWidth: 1.2,
  edgeColor: '#9aa5b1',
  outline: { width: 3, offset: 2, color: '#3f6fd8' },
  dimmedOpacity: 0.18,
} as const;

const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/**
 * The chain map's stylesheet. `large` (hundreds of links): nodes of one fixed size, labels (and every text
 * property) only on nodes marked `labelled` (ChainMap marks them once the map is zoomed in far enough to read them —
 * measuring 800 labels nobody can read is most of a first frame), and edges as plain lines (haystack: no control
 * points or arrowheads to compute for a thousand edges; in stage columns FEEDS run left to right). Cytoscape applies
 * every property of every matching rule to every element before its first frame (most of that frame on 1,865
 * elements), so a large map's rules carry only what its first frame draws.
 */
export function chainStylesheet(large = false): StylesheetJson {
  const text = {
    'text-valign': 'center',
    'text-halign': 'center',
    'font-size': 13,
    'font-family': FONT,
  } as const;
  const node: StylesheetJson = large
    ? [
        {
          selector: 'node',
          style: {
            shape: 'round-rectangle',
            width: LARGE_NODE.width,
            height: LARGE_NODE.height,
            'border-width': LARGE_LOOK.border,
          },
        },
        // The text properties come with the label: a first frame without labels does not apply them to 800 nodes.
        {
          selector: 'node.labelled',
          style: {
            label: 'data(label)',
            ...text,
            'text-wrap': 'ellipsis',
            'text-max-width': `${LARGE_NODE.width - 12}px`,
            'min-zoomed-font-size': 7,
          },
        },
      ]
    : [
        {
          selector: 'node',
          style: {
            shape: 'round-rectangle',
            width: 'label',
            height: 'label',
            padding: '10px',
            label: 'data(label)',
            ...text,
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            'border-width': 2,
          },
        },
      ];
  // Haystack edges draw no target arrows and have no control points: a large map's edges get only what they draw.
  const edge: StylesheetJson[number] = large
    ? {
        selector: 'edge',
        style: {
          width: LARGE_LOOK.edgeWidth,
          'line-color': LARGE_LOOK.edgeColor,
          'curve-style': 'haystack',
          'haystack-radius': 0,
        },
      }
    : {
        selector: 'edge',
        style: {
          width: 1.6,
          'line-color': '#9aa5b1',
          'target-arrow-color': '#9aa5b1',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          'arrow-scale': 0.9,
        },
      };
  return [
    ...node,
    // Status → look comes from the shared table (vocab/status.ts), which the legend and the briefing read too.
    ...LINK_STATUSES.map((s) => ({
      selector: `node[status = "${s}"]`,
      style: {
        'background-color': STATUS[s].fill,
        'border-color': STATUS[s].border,
        'border-style': STATUS[s].borderStyle,
        color: STATUS[s].text,
      },
    })),
    {
      selector: 'node[?shared]',
      style: {
        'outline-width': LARGE_LOOK.outline.width,
        'outline-color': LARGE_LOOK.outline.color,
        'outline-offset': LARGE_LOOK.outline.offset,
      },
    },
    edge,
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#3f6fd8', 'overlay-opacity': 0.18, 'overlay-padding': 6 },
    },
    { selector: '.dimmed', style: { opacity: LARGE_LOOK.dimmedOpacity } },
    {
      selector: '.focus',
      style: { 'underlay-color': '#3f6fd8', 'underlay-opacity': 0.25, 'underlay-padding': 8 },
    },
  ];
}
