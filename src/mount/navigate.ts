declare global {
  interface Window {
    /** single-spa's `navigateToUrl`, which single-spa puts on window for code that does not import it. */
    singleSpaNavigate?: (url: string) => void;
  }
}

/**
 * The `navigate` used when the host passes none: the host's own single-spa, found on window, so the
 * module never brings a second copy. Without single-spa on the page, a plain browser navigation.
 */
export function defaultNavigate(path: string): void {
  if (typeof window.singleSpaNavigate === 'function') window.singleSpaNavigate(path);
  else window.location.assign(path);
}
