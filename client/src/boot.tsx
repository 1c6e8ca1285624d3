import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { earlyArrived } from './api/early.ts';
import { SIDE_QUERY_WAIT_MS, sideQueries } from './api/sideQueries.ts';
import { setVocabCssVars } from './map/cssVars.ts';
import { warmUpMapDrawing } from './map/warmUp.ts';
import { parseUrl } from './state/url.ts';

// Status and candidate colours come from vocab/ (one table for map, legend, chips and briefings).
setVocabCssVars();

// A chain page's map data was asked for by the entry (main.tsx) before this module was even evaluated.
const url = parseUrl(window.location.search);
if (url.view === 'chain' && url.chain) {
  // Everything else the page asks for waits for the map's first frame (api/sideQueries.ts).
  sideQueries.hold(SIDE_QUERY_WAIT_MS);
  // While the answer is on its way, Cytoscape's drawing code runs once on a small map off screen (map/warmUp.ts);
  // not when it has arrived while this bundle was evaluated: then there is no wait to fill, only the real map.
  setTimeout(() => {
    if (!earlyArrived('ChainView', { id: url.chain, zone: url.zone })) void warmUpMapDrawing();
  }, 0);
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
