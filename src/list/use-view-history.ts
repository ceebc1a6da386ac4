// The view in the URL and the host's history, read by React.
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { searchWithView, type View, viewFromSearch } from './view';

const urlWith = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/**
 * The view lives in the URL, so a link or a reload shows the same list. Each change the user makes is
 * a new history entry, made through the host's `navigate` so that its router knows of it; Back and
 * Forward bring an earlier view back while the page stays mounted. `correct` fixes the URL in place
 * (no new entry) when the page cannot show what it asked for.
 */
export function useViewHistory(
  navigate: (path: string) => void,
): [View, (next: View) => void, (next: View) => void] {
  // A page opens on the first page of its view: no cursor of a later page survives a reload or a link
  // (the list's first answer may or may not be in by the first render, and the page must not depend
  // on which).
  const [view, setView] = useState(() => ({ ...viewFromSearch(window.location.search), page: 0 }));
  useEffect(() => {
    // Also fired by single-spa after any pushState, ours included: the same view keeps its object.
    const onPopState = () => {
      const next = viewFromSearch(window.location.search);
      setView((current) => (sameView(current, next) ? current : next));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const change = useCallback(
    (next: View) => {
      setView(next);
      const search = searchWithView(window.location.search, next);
      if (search !== window.location.search) navigate(urlWith(search));
    },
    [navigate],
  );
  const correct = useCallback((next: View) => {
    setView(next);
    const search = searchWithView(window.location.search, next);
    // The host's entry stays the host's: its state object is kept as it is.
    if (search !== window.location.search)
      window.history.replaceState(window.history.state, '', urlWith(search));
  }, []);
  // The URL says so too, without a new history entry.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the view the page opened on
  useLayoutEffect(() => correct(view), []);
  return [view, change, correct];
}

const sameView = (a: View, b: View) => searchWithView('', a) === searchWithView('', b);
