import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { zoneKindLabel } from '../../../vocab/region.ts';
import type { ZoneSearchQuery, ZoneSearchQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { buildTree, visibleRows } from '../state/scopeTree.ts';
import { useSettled } from '../state/useSettled.ts';
import type { ScopeTreeState } from './useScopeTree.ts';

/** Matches one search answers; more: a note asks for a longer name. */
export const SEARCH_FIRST = 20;
/** Typing pauses this long before the search is asked. */
export const SEARCH_DELAY_MS = 200;

/**
 * The header's scope: a button showing the current path as breadcrumbs (重庆市 › 綦江区 › … › 北渡组团), opening a
 * searchable, collapsible tree of regions and zones (state/scopeTree.ts). The tree is loaded as it is shown
 * (useScopeTree: the way to the current zone, children on expand); the search is answered by the server
 * (ZoneSearch, at most SEARCH_FIRST matches with their paths). On a phone the panel spans the screen under the
 * header (responsive.css). `tree.everywhere` names the unscoped view (綦江区, or 全部地区).
 */
export function ScopePicker({
  tree,
  current,
  onPick,
}: {
  tree: ScopeTreeState;
  current: string | null;
  onPick: (zone: string | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const asked = useSettled(query.replace(/\s+/g, ''), SEARCH_DELAY_MS);
  const found = useQuery<ZoneSearchQuery, ZoneSearchQueryVariables>(
    'ZoneSearch',
    open && asked ? { query: asked, first: SEARCH_FIRST } : null,
  );
  const root = useRef<HTMLDivElement>(null);
  const { path, expanded, pending, everywhere } = tree;
  const searched = found.data?.zoneSearch;
  const rows = useMemo(
    () =>
      query.trim()
        ? visibleRows(
            buildTree([...(searched?.matches ?? []), ...(searched?.ancestors ?? [])]),
            new Set(),
            query,
          )
        : visibleRows(buildTree(tree.zones.values()), expanded, ''),
    [tree.zones, expanded, query, searched],
  );
  const searching = query.trim() !== '' && (asked !== query.replace(/\s+/g, '') || found.state === 'loading');

  // Opened: the current zone's row in view (on a national tree it sits among 31 provinces and their districts).
  useEffect(() => {
    if (open)
      root.current?.querySelector('.scope-row[data-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  // A click outside or Escape closes the panel.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', esc);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', esc);
    };
  }, [open]);

  const pick = (zone: string | null) => {
    // A search's pick: its path is known from the answer while the tree opens the way to it.
    if (query.trim() && searched) tree.hint([...searched.matches, ...searched.ancestors]);
    setOpen(false);
    setQuery('');
    onPick(zone);
  };
  const crumbs = path.length > 0 ? path : [{ id: '', name: everywhere }];

  return (
    <div className="scope-picker" ref={root}>
      <button
        type="button"
        className="scope-button"
        data-testid="scope-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={`${zh.scope}：${crumbs.map((c) => c.name).join(' › ')}`}
        title={crumbs.map((c) => c.name).join(' › ')}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="scope-label">{zh.scope}</span>
        <span className="scope-crumbs">
          {crumbs.map((c, i) => (
            <span key={c.id} className={i === crumbs.length - 1 ? 'crumb current' : 'crumb'}>
              {c.name}
            </span>
          ))}
        </span>
        <span className="scope-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="scope-panel" role="dialog" aria-label={zh.scopeTree.title}>
          <nav className="scope-path" aria-label={zh.scopeTree.path}>
            <button type="button" onClick={() => pick(null)} aria-current={current === null}>
              {everywhere}
            </button>
            {path.map((z) => (
              <span key={z.id}>
                <span className="sep" aria-hidden="true">
                  ›
                </span>
                <button type="button" onClick={() => pick(z.id)} aria-current={z.id === current}>
                  {z.name}
                </button>
              </span>
            ))}
          </nav>
          <input
            type="search"
            className="scope-search"
            placeholder={zh.scopeTree.search}
            aria-label={zh.scopeTree.search}
            value={query}
            // biome-ignore lint/a11y/noAutofocus: the panel opens to type a place name
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul className="scope-tree" aria-label={zh.scopeTree.title}>
            {!query && (
              <li className="scope-row" data-selected={current === null} style={{ paddingLeft: 4 }}>
                <span className="scope-toggle" />
                <button
                  type="button"
                  className="scope-name"
                  data-testid="scope-all"
                  onClick={() => pick(null)}
                >
                  {zh.scopeTree.all(everywhere)}
                </button>
              </li>
            )}
            {rows.map((r) => (
              <Fragment key={r.zone.id}>
                <li
                  className="scope-row"
                  data-selected={r.zone.id === current}
                  style={{ paddingLeft: 4 + r.depth * 16 }}
                >
                  {r.hasChildren && !query ? (
                    <button
                      type="button"
                      className="scope-toggle"
                      aria-expanded={r.expanded}
                      aria-label={
                        r.expanded ? zh.scopeTree.collapse(r.zone.name) : zh.scopeTree.expand(r.zone.name)
                      }
                      onClick={() => tree.toggle(r.zone.id)}
                    >
                      {r.expanded ? '▾' : '▸'}
                    </button>
                  ) : (
                    <span className="scope-toggle" />
                  )}
                  <button
                    type="button"
                    className="scope-name"
                    data-testid={`scope-${r.zone.id}`}
                    aria-current={r.zone.id === current}
                    onClick={() => pick(r.zone.id)}
                  >
                    {r.zone.name}
                    <small>{zoneKindLabel(r.zone)}</small>
                  </button>
                </li>
                {r.expanded && !query && pending.has(r.zone.id) && (
                  <li className="scope-empty" style={{ paddingLeft: 24 + (r.depth + 1) * 16 }}>
                    {zh.loading}
                  </li>
                )}
              </Fragment>
            ))}
            {rows.length === 0 && query && !searching && <li className="scope-empty">{zh.scopeTree.none}</li>}
            {query && searching && <li className="scope-empty">{zh.loading}</li>}
            {query && searched?.truncated && !searching && (
              <li className="scope-empty" data-testid="scope-more">
                {zh.scopeTree.more(SEARCH_FIRST)}
              </li>
            )}
            {!query && tree.failed && <li className="scope-empty">{zh.scopeTree.failed}</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
