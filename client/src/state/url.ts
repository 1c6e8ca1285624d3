/** The explorer's state lives in the URL so a view can be bookmarked, shared, and walked with back/forward. */
export type View =
  | 'overview'
  | 'chain'
  | 'upstream'
  | 'zone'
  | 'briefing'
  | 'import'
  | 'pipeline'
  | 'compare';

export interface UrlState {
  view: View;
  chain: string | null;
  zone: string | null;
  focus: string | null;
  /** The plan viewed (a plan's document id); null = the current plans. On the comparison page: the earlier plan. */
  plan: string | null;
  /** The comparison page's later plan; null = the current plan of the earlier plan's district. */
  to: string | null;
}

const VIEWS: View[] = ['overview', 'chain', 'upstream', 'zone', 'briefing', 'import', 'pipeline', 'compare'];

export function parseUrl(search: string): UrlState {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  return {
    view: VIEWS.includes(view as View) ? (view as View) : q.get('chain') ? 'chain' : 'overview',
    chain: q.get('chain') || null,
    zone: q.get('zone') || null,
    focus: q.get('focus') || null,
    plan: q.get('plan') || null,
    to: q.get('to') || null,
  };
}

export function toSearch(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.view !== 'overview') q.set('view', s.view);
  if (s.chain) q.set('chain', s.chain);
  if (s.zone) q.set('zone', s.zone);
  if (s.focus) q.set('focus', s.focus);
  if (s.plan) q.set('plan', s.plan);
  if (s.to) q.set('to', s.to);
  const str = q.toString();
  return str ? `?${str}` : '';
}

/**
 * The URL change of a scope picked in the header. On 规划对比 the compared pair (a district picked on the page, or
 * a URL's plans) belongs to the scope left behind: it goes, so the page follows the new scope (its district's plans,
 * or the district search in a province). Elsewhere a URL plan stays until the new scope's plans say it is stray.
 */
export function scopePatch(view: View, zone: string | null): Partial<UrlState> {
  return view === 'compare' ? { zone, plan: null, to: null } : { zone };
}
