// Functions that run inside the console's page (passed to page.evaluate / addInitScript). They must
// be self-contained: playwright sends their source text, not their closure.

/** What the bench reads from a route activation, in ms from the moment the script navigated. */
export interface FirstRows {
  /** The first session row is in the document (MutationObserver). */
  appearedMs: number;
  /** The first animation frame after that: the budgeted figure. */
  firstFrameMs: number;
  /** A task posted from that frame runs once it has been rendered. */
  afterPaintMs: number;
  rows: number;
}

export const ROW_SELECTOR = '[data-testid="session-row"]';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`: a helper the
 * page does not have. An identity stand-in keeps the functions below runnable there.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (target) => target;';

/**
 * Navigates the single-spa way (history.pushState, which single-spa patches to reroute, as its
 * navigateToUrl does) and times the first rows. Both pages are activated by this very call.
 */
export function navigateAndTimeFirstRows(args: { path: string; selector: string; timeoutMs: number }) {
  return new Promise<FirstRows>((resolve, reject) => {
    let start = 0;
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no row within ${args.timeoutMs} ms of navigating to ${args.path}`));
    }, args.timeoutMs);
    const observer = new MutationObserver(() => {
      if (!document.querySelector(args.selector)) return;
      observer.disconnect();
      clearTimeout(timeout);
      const appearedMs = performance.now() - start;
      requestAnimationFrame(() => {
        const firstFrameMs = performance.now() - start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve({
            appearedMs,
            firstFrameMs,
            afterPaintMs: performance.now() - start,
            rows: document.querySelectorAll(args.selector).length,
          });
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    performance.mark('bench:route-activation', { detail: args.path });
    start = performance.now();
    window.history.pushState(null, '', args.path);
  });
}

/** Navigates away and resolves once single-spa has finished routing and no row is left. */
export function navigateAway(args: { path: string; selector: string; settleMs: number }) {
  return new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(
      () => reject(new Error(`rows still shown after leaving for ${args.path}`)),
      10_000,
    );
    const check = () => {
      if (document.querySelector(args.selector)) return;
      window.removeEventListener('single-spa:routing-event', check);
      clearTimeout(timeout);
      setTimeout(resolve, args.settleMs);
    };
    window.addEventListener('single-spa:routing-event', check);
    window.history.pushState(null, '', args.path);
  });
}

/**
 * Installed before the page's scripts: times the first rows of a full page load from navigation
 * start (performance.now() counts from it), for the cold figures.
 */
export function timeFirstRowsOfLoad(selector: string) {
  const target = window as unknown as { __benchFirstRows?: Promise<FirstRows> };
  target.__benchFirstRows = new Promise<FirstRows>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      const appearedMs = performance.now();
      requestAnimationFrame(() => {
        const firstFrameMs = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve({
            appearedMs,
            firstFrameMs,
            afterPaintMs: performance.now(),
            rows: document.querySelectorAll(selector).length,
          });
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * Installed before the page's scripts: times every callback of a 1 s interval (the module's clock
 * and the floor's timer; nothing else on these pages repeats every second). The module's cells write
 * their text in the clock's listeners, and React renders only a cell whose Stuck marker changes, in a
 * microtask; the one queued here runs after it, so the time covers both.
 */
export function timeOneSecondIntervals() {
  const target = window as unknown as { __benchTicks: number[] };
  target.__benchTicks = [];
  const original = window.setInterval.bind(window);
  const patched = (handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    if (typeof handler !== 'function' || ms !== 1000) return original(handler, ms, ...rest);
    return original(
      (...callArgs: unknown[]) => {
        const start = performance.now();
        (handler as (...a: unknown[]) => void)(...callArgs);
        queueMicrotask(() => target.__benchTicks.push(performance.now() - start));
      },
      ms,
      ...rest,
    );
  };
  window.setInterval = patched as typeof window.setInterval;
}
