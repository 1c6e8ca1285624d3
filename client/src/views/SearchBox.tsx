import { useEffect, useRef, useState } from 'react';
import { gql } from '../api/client.ts';
import type { SearchQuery, SearchQueryVariables } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { Icon } from '../shell/icons.tsx';

export type Hit = SearchQuery['search'][number];

/**
 * Search-as-you-type in the header: arrow keys move, Enter opens, Escape closes. On a phone it is hidden behind
 * the header's search icon and shown over the header (`open`), with its own close button (`onClose`).
 */
export function SearchBox({
  onPick,
  open: shown = false,
  onClose,
}: {
  onPick: (hit: Hit) => void;
  open?: boolean;
  onClose?: () => void;
}) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (shown) input.current?.focus();
  }, [shown]);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setHits([]);
      return;
    }
    const mine = ++seq.current;
    const t = setTimeout(() => {
      gql<SearchQuery, SearchQueryVariables>('Search', { query: q.slice(0, 50), first: 12 }).then(
        (d) => {
          if (mine !== seq.current) return;
          setHits(d.search);
          setActive(0);
          setError(null);
        },
        (e: Error) => mine === seq.current && setError(e.message),
      );
    }, 120);
    return () => clearTimeout(t);
  }, [text]);

  const pick = (h: Hit | undefined) => {
    if (!h) return;
    onPick(h);
    setOpen(false);
    setText('');
  };

  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls="search-results"
        aria-label={zh.search.label}
        placeholder={zh.search.placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
            onClose?.();
          }
        }}
      />
      {onClose && (
        <button
          type="button"
          className="header-icon search-close"
          aria-label={zh.shell.closeSearch}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      )}
      {open && text.trim() && (
        <div id="search-results" role="listbox" className="search-results">
          {error && <div className="muted">{error}</div>}
          {!error && hits.length === 0 && <div className="muted">{zh.search.none}</div>}
          {hits.map((h, i) => (
            <div
              key={`${h.kind}-${h.id}`}
              tabIndex={-1}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className={`kind kind-${h.kind}`}>{zh.search.kinds[h.kind]}</span>
              <span className="hit-name">{h.name}</span>
              {h.detail && <span className="muted small hit-detail">{h.detail}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
