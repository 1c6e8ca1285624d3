import { useEffect, useRef, useState } from 'react';
import { gql } from '../api/client.ts';
import type { SearchQuery, SearchQueryVariables } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';

export type Hit = SearchQuery['search'][number];

/** Search-as-you-type in the header: arrow keys move, Enter opens, Escape closes. */
export function SearchBox({ onPick }: { onPick: (hit: Hit) => void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

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
          }
        }}
      />
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
