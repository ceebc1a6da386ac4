import type { MouseEvent } from 'react';

/**
 * How the page reaches the console around it: every path it hands the host is a full path from the
 * origin, under the console's base path, both for the host's pages it links to and for its own URL.
 */
export interface HostNavigation {
  /** Where a console route (a path from the console's root, e.g. `/communications/logs`) is: the base path before it. */
  href(route: string): string;
  /** Client-side navigation to a full path (base path included), through the host's `navigate`. */
  navigate(path: string): void;
}

/** The host's navigation for a console served under `basePath` ('' for the origin's root). */
export function hostNavigation(basePath: string, navigate: (path: string) => void): HostNavigation {
  return { href: (route) => `${basePath}${route}`, navigate };
}

/**
 * The click handler of a link to a host page (its `href`): a plain click navigates in place through
 * the host's `navigate`; a click with a modifier or another button is left to the browser (new tab,
 * window), which opens the same `href`.
 */
export function onHostLinkClick(host: HostNavigation, href: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    host.navigate(href);
  };
}
