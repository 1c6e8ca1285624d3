import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrl, toSearch, type UrlState } from './url.ts';

/**
 * URL-backed state: `navigate` pushes a history entry (or replaces the current one); back/forward restore the
 * state. The history call happens outside React's state updater, which React may run more than once.
 */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>, replace?: boolean) => void] {
  const [state, setState] = useState<UrlState>(() => parseUrl(window.location.search));
  const current = useRef(state);
  useEffect(() => {
    const onPop = () => {
      current.current = parseUrl(window.location.search);
      setState(current.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((patch: Partial<UrlState>, replace = false) => {
    const next = { ...current.current, ...patch };
    const url = `${window.location.pathname}${toSearch(next)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    current.current = next;
    setState(next);
  }, []);
  return [state, navigate];
}
