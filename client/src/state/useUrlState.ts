import { useCallback, useEffect, useState } from 'react';
import { parseUrl, toSearch, type UrlState } from './url.ts';

/** URL-backed state: `navigate` pushes a history entry; back/forward restore the state. */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>, replace?: boolean) => void] {
  const [state, setState] = useState<UrlState>(() => parseUrl(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseUrl(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((patch: Partial<UrlState>, replace = false) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      const url = `${window.location.pathname}${toSearch(next)}`;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      return next;
    });
  }, []);
  return [state, navigate];
}
