/** The explorer's state lives in the URL so a view can be bookmarked, shared, and walked with back/forward. */
export type View = 'overview' | 'chain' | 'upstream' | 'zone' | 'briefing' | 'import' | 'pipeline';

export interface UrlState {
  view: View;
  chain: string | null;
  zone: string | null;
  focus: string | null;
}

const VIEWS: View[] = ['overview', 'chain', 'upstream', 'zone', 'briefing', 'import', 'pipeline'];

export function parseUrl(search: string): UrlState {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  return {
    view: VIEWS.includes(view as View) ? (view as View) : q.get('chain') ? 'chain' : 'overview',
    chain: q.get('chain') || null,
    zone: q.get('zone') || null,
    focus: q.get('focus') || null,
  };
}

export function toSearch(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.view !== 'overview') q.set('view', s.view);
  if (s.chain) q.set('chain', s.chain);
  if (s.zone) q.set('zone', s.zone);
  if (s.focus) q.set('focus', s.focus);
  const str = q.toString();
  return str ? `?${str}` : '';
}
