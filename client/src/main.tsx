/**
 * The explorer's entry, kept tiny on purpose: a chain page's map data is the slowest thing it waits for, so its
 * request starts here — as soon as this small module has run — while the browser is still compiling and evaluating
 * the explorer itself (React, Cytoscape, the views: boot.tsx, a chunk index.html modulepreloads, so it is fetched
 * in parallel with this one). useQuery takes the request over (api/early.ts).
 */
import { prefetchQuery } from './api/early.ts';
import { zh } from './i18n/zh.ts';
import { parseUrl } from './state/url.ts';
// The stylesheets belong to the entry, so index.html links them statically (not after boot.tsx is imported).
import './styles.css';
import './responsive.css';

const url = parseUrl(window.location.search);
if (url.view === 'chain' && url.chain) prefetchQuery('ChainView', { id: url.chain, zone: url.zone });

import('./boot.tsx').catch(() => {
  const root = document.getElementById('root');
  if (root) root.textContent = zh.networkError;
});
