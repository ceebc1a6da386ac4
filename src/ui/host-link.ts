import type { MouseEvent } from 'react';

/**
 * The click handler of a link to a host page: a plain click navigates in place through the host's
 * `navigate`; a click with a modifier or another button is left to the browser (new tab, window).
 */
export function onHostLinkClick(navigate: (path: string) => void, path: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
}
