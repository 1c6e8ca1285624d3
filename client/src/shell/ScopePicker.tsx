import { useEffect, useMemo, useRef, useState } from 'react';
import { zoneKindLabel } from '../../../vocab/region.ts';
import { zh } from '../i18n/zh.ts';
import { buildTree, initiallyExpanded, pathTo, type ScopeZone, visibleRows } from '../state/scopeTree.ts';

/**
 * The header's scope: a button showing the current path as breadcrumbs (重庆市 › 綦江区 › … › 北渡组团), opening a
 * searchable, collapsible tree of every region and zone (state/scopeTree.ts). On a phone the panel spans the
 * screen under the header (responsive.css). `everywhere` names the unscoped view (綦江区, or 全部地区).
 */
export function ScopePicker({
  zones,
  current,
  everywhere,
  onPick,
}: {
  zones: readonly ScopeZone[];
  current: string | null;
  everywhere: string;
  onPick: (zone: string | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Set<string>>(() => initiallyExpanded(zones, current));
  const root = useRef<HTMLDivElement>(null);
  const tree = useMemo(() => buildTree(zones), [zones]);
  const path = useMemo(() => pathTo(zones, current), [zones, current]);
  const rows = useMemo(() => visibleRows(tree, expanded, query), [tree, expanded, query]);

  // New zones (first load) or a new current zone: open the way to it.
  useEffect(() => setExpanded(initiallyExpanded(zones, current)), [zones, current]);
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
    setOpen(false);
    setQuery('');
    onPick(zone);
  };
  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
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
              <li
                key={r.zone.id}
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
                    onClick={() => toggle(r.zone.id)}
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
            ))}
            {rows.length === 0 && query && <li className="scope-empty">{zh.scopeTree.none}</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
