import { useState } from 'react';
import type { ZoneSearchQuery, ZoneSearchQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import type { ScopeZone } from '../state/scopeTree.ts';
import { placeOf } from '../state/scopeTree.ts';
import { useSettled } from '../state/useSettled.ts';
import { SEARCH_DELAY_MS, SEARCH_FIRST } from './ScopePicker.tsx';

/**
 * A zone found by name on the server (ZoneSearch, at most SEARCH_FIRST, of `kinds` only when given): a search box and,
 * while it holds text, the matches with where each sits (重庆市 › 南川区). Picking one empties the box. The lead
 * form's 其他区域 and the comparison page's district picker.
 */
export function ZoneFinder({
  label,
  placeholder,
  kinds,
  testId,
  onPick,
}: {
  label: string;
  placeholder: string;
  /** Only zones of these kinds (the comparison page: the regions 省/市/区县 that can own a plan). */
  kinds?: readonly string[];
  testId: string;
  onPick: (zone: ScopeZone) => void;
}) {
  const [query, setQuery] = useState('');
  const typed = query.replace(/\s+/g, '');
  const asked = useSettled(typed, SEARCH_DELAY_MS);
  const found = useQuery<ZoneSearchQuery, ZoneSearchQueryVariables>(
    'ZoneSearch',
    asked ? { query: asked, first: SEARCH_FIRST, ...(kinds ? { kinds: [...kinds] } : {}) } : null,
  );
  const searched = typed && asked === typed && found.state === 'ok' ? found.data.zoneSearch : undefined;
  const known = searched ? [...searched.matches, ...searched.ancestors] : [];

  return (
    <>
      <label className="zone-finder">
        {label}
        <input
          type="search"
          value={query}
          placeholder={placeholder}
          data-testid={`${testId}-search`}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {typed !== '' && (
        <ul className="wide zone-matches" data-testid={`${testId}-matches`} aria-label={label}>
          {!searched && <li className="meta">{zh.loading}</li>}
          {searched?.matches.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link-button"
                data-testid={`${testId}-match-${m.id}`}
                onClick={() => {
                  setQuery('');
                  onPick(m);
                }}
              >
                {m.name}
              </button>{' '}
              <small className="meta">{placeOf(m, known)}</small>
            </li>
          ))}
          {searched && searched.matches.length === 0 && <li className="meta">{zh.scopeTree.none}</li>}
          {searched?.truncated && <li className="meta">{zh.scopeTree.more(SEARCH_FIRST)}</li>}
        </ul>
      )}
    </>
  );
}
