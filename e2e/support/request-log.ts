// What a page sends, seen from inside the page: every request it starts and every one it aborts, in
// order. Read right after the page's timers ran (playwright's clock), it tells that no request was
// started without waiting to see whether one shows up on the network.
import type { Page } from 'playwright-core';

/** A request the page started, as seen inside the page (see `recordRequestsInPage`). */
export interface StartedRequest {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

interface RequestLog {
  requests: StartedRequest[];
  /** `send <index>` and `abort <index>` in the order the page did them. */
  events: string[];
}

/**
 * Records inside the page every request it starts (XHR and fetch) from its first script on, and every
 * XHR it aborts. Reading it right after the page's timers ran says whether a request was started, with
 * no waiting to see whether one shows up on the network; and an abort is told apart from a timeout or
 * a dropped connection. Call before the page navigates.
 */
export async function recordRequestsInPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: RequestLog = { requests: [], events: [] };
    (window as unknown as { __requestLog: RequestLog }).__requestLog = log;
    const absolute = (url: string | URL) => new URL(String(url), window.location.href).href;
    const xhr = XMLHttpRequest.prototype;
    const { open, send, abort, setRequestHeader } = xhr;
    const pending = new WeakMap<XMLHttpRequest, StartedRequest>();
    const index = new WeakMap<XMLHttpRequest, number>();
    xhr.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      pending.set(this, { method: method.toUpperCase(), url: absolute(url), headers: {} });
      return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof xhr.open;
    xhr.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
      const request = pending.get(this);
      if (request) request.headers[name.toLowerCase()] = value;
      return setRequestHeader.call(this, name, value);
    };
    xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const request = pending.get(this);
      if (request) {
        index.set(this, log.requests.length);
        log.events.push(`send ${log.requests.length}`);
        log.requests.push(request);
      }
      return send.call(this, body);
    };
    xhr.abort = function (this: XMLHttpRequest) {
      const at = index.get(this);
      if (at !== undefined) log.events.push(`abort ${at}`);
      return abort.call(this);
    };
    const fetchOriginal = window.fetch;
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const request = input instanceof Request ? input : null;
      const headers: Record<string, string> = {};
      new Headers(init?.headers ?? request?.headers).forEach((value, name) => {
        headers[name] = value;
      });
      log.events.push(`send ${log.requests.length}`);
      log.requests.push({
        method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
        url: absolute(request ? request.url : (input as string | URL)),
        headers,
      });
      return fetchOriginal.call(this, input, init);
    };
  });
}

/** What `recordRequestsInPage` has seen so far. */
export async function requestLog(page: Page): Promise<RequestLog> {
  const log = await page.evaluate(
    () => (window as unknown as { __requestLog?: RequestLog }).__requestLog ?? null,
  );
  if (!log) throw new Error('recordRequestsInPage was not called before the page loaded');
  return log;
}

/** Whether a request the page started is a list call to the dispatcher at `dispatcherBaseUrl`. */
export const isListCall = ({ method, url }: StartedRequest, dispatcherBaseUrl: string) =>
  method === 'GET' && url.startsWith(dispatcherBaseUrl) && new URL(url).pathname.endsWith('/sessions');

/** List calls (`GET …/sessions?…`) the page has started so far; see `recordRequestsInPage`. */
export async function listRequestsStarted(page: Page, dispatcherBaseUrl: string): Promise<number> {
  const { requests } = await requestLog(page);
  return requests.filter((request) => isListCall(request, dispatcherBaseUrl)).length;
}

/** Release calls (`POST …/sessions/{id}/release`) the page has started so far. */
export async function releaseRequestsStarted(page: Page): Promise<number> {
  const { requests } = await requestLog(page);
  return requests.filter(
    ({ method, url }) => method === 'POST' && /\/sessions\/[^/]+\/release$/.test(new URL(url).pathname),
  ).length;
}
