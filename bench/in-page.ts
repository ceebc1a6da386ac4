// Functions that run inside the console's page (passed to page.evaluate / addInitScript). They must
// be self-contained: playwright sends their source text, not their closure.

/** What the bench reads from a route activation, in ms from the moment the script navigated. */
export interface FirstRows {
  /** The first session row is in the document (MutationObserver). */
  appearedMs: number;
  /** The first animation frame after that began (before style, layout and paint). */
  firstFrameMs: number;
  /** A task posted from that frame ran: the frame with the rows has been rendered. */
  afterPaintMs: number;
  /**
   * The first row's first cell was painted and presented (Element Timing's renderTime): what the user
   * sees, the budgeted figure. Falls back to afterPaintMs where the browser reports no entry.
   */
  paintedMs: number;
  /** Rows in the document when that frame had been rendered. */
  rows: number;
  /** When the list request left and when its answer was in (Resource Timing); null if not seen. */
  requestMs: number | null;
  answerMs: number | null;
  /** The list request's query, instants left out: every page must ask for the same. */
  query: string | null;
}

export const ROW_SELECTOR = '[data-testid="session-row"]';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`: a helper the
 * page does not have. An identity stand-in keeps the functions below runnable there.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (target) => target;';

type Watch = (selector: string, start: number, timeoutMs: number) => Promise<FirstRows>;

/**
 * Installed before the page's scripts in every page the bench opens: `__benchWatchFirstRows` times the
 * first rows from `start`. When the first row enters the document, its first cell is marked for
 * Element Timing (the mark is set in the mutation's microtask, before any paint), so the browser
 * reports when that text was painted; a task posted from the next animation frame gives the moment
 * the frame was rendered. The same code times the page and the floors.
 */
export function installFirstRowsWatcher() {
  const watch: Watch = (selector, start, timeoutMs) =>
    new Promise<FirstRows>((resolve, reject) => {
      const mark = `bench-first-row-${Math.round(start * 1000)}`;
      const at = { appearedMs: -1, firstFrameMs: -1, afterPaintMs: -1, paintedMs: -1, rows: 0 };
      let done = false;
      const elements = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { identifier?: string; renderTime?: number }
        >) {
          if (entry.identifier === mark && entry.renderTime) {
            const painted = entry.renderTime - start;
            at.paintedMs = at.paintedMs < 0 ? painted : Math.min(at.paintedMs, painted);
          }
        }
        finish(false);
      });
      const observer = new MutationObserver(() => {
        const row = document.querySelector(selector);
        if (!row) return;
        observer.disconnect();
        // Element Timing reports text for the block that lays it out: the first text of the row is
        // marked on every element from its parent up to its cell, whichever of them that block is.
        const cell = row.querySelector('td');
        const walker = document.createTreeWalker(cell ?? row, NodeFilter.SHOW_TEXT, (node) =>
          node.nodeValue?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
        );
        for (let element = walker.nextNode()?.parentElement; element; element = element.parentElement) {
          element.setAttribute('elementtiming', mark);
          if (element === cell || element === row) break;
        }
        at.appearedMs = performance.now() - start;
        requestAnimationFrame(() => {
          at.firstFrameMs = performance.now() - start;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            at.afterPaintMs = performance.now() - start;
            at.rows = document.querySelectorAll(selector).length;
            finish(false);
            // A browser that reports no element entry: the rendered frame stands in, a moment later.
            setTimeout(() => finish(true), 500);
          };
          channel.port2.postMessage(null);
        });
      });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no row within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = () => {
        done = true;
        clearTimeout(timer);
        observer.disconnect();
        elements.disconnect();
      };
      function finish(giveUp: boolean) {
        if (done || at.afterPaintMs < 0 || (at.paintedMs < 0 && !giveUp)) return;
        stop();
        const request = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
          (entry) => /\/sessions\?/.test(entry.name) && entry.startTime >= start,
        );
        resolve({
          ...at,
          paintedMs: at.paintedMs < 0 ? at.afterPaintMs : at.paintedMs,
          requestMs: request ? request.startTime - start : null,
          answerMs: request ? request.responseEnd - start : null,
          query: request ? new URL(request.name).search.replace(/(Before)=[^&]*/g, '$1=…') : null,
        });
      }
      elements.observe({ type: 'element' });
      observer.observe(document, { childList: true, subtree: true });
    });
  (window as unknown as { __benchWatchFirstRows: Watch }).__benchWatchFirstRows = watch;
}

/**
 * Navigates the single-spa way (history.pushState, which single-spa patches to reroute, as its
 * navigateToUrl does) and times the first rows. Every page is activated by this very call.
 */
export function navigateAndTimeFirstRows(args: { path: string; selector: string; timeoutMs: number }) {
  const watch = (window as unknown as { __benchWatchFirstRows: Watch }).__benchWatchFirstRows;
  // The buffer holds 250 entries; each run reads its own request from it.
  performance.clearResourceTimings();
  const start = performance.now();
  const rows = watch(args.selector, start, args.timeoutMs).catch((error: Error) => {
    throw new Error(`${error.message} of navigating to ${args.path}`);
  });
  performance.mark('bench:route-activation', { detail: args.path });
  window.history.pushState(null, '', args.path);
  return rows;
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
 * Installed before the page's scripts (after installFirstRowsWatcher): times the first rows of a full
 * page load from navigation start (performance.now() counts from it), for the cold figures.
 */
export function timeFirstRowsOfLoad(args: { selector: string; timeoutMs: number }) {
  const target = window as unknown as { __benchFirstRows?: Promise<FirstRows>; __benchWatchFirstRows: Watch };
  target.__benchFirstRows = target.__benchWatchFirstRows(args.selector, 0, args.timeoutMs);
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
