// One tab left open for 10 minutes on a tenant where nothing changes: the list requests it sends, the
// bytes they move and the main thread's busy time, for the page with the console's change feed (a
// check a minute), the page without it (a conditional check every 5 s) and the way the page worked
// before (the whole list every 30 s, the bare floor with `?poll=30`). The tab's clock is Playwright's:
// paused after the first rows and stepped a second at a time for 600 steps, each step's requests
// answered before the next, so 10 minutes of the page's timers take well under a minute here. The
// same steps on the console's home page (no module) give the stepping's own main-thread cost, taken
// off each side. The event stream's heartbeats follow the server's real clock, so its bytes are
// counted per real second and scaled to 10 minutes.
import type { CDPSession, Page } from 'playwright-core';
import { type Bench, FLOOR_ROUTE, PAGE_ROUTE, TENANTS } from './console';

export interface IdleSide {
  name: string;
  /** `GET sessions` requests in the window, and how many of them were answered 304. */
  listRequests: number;
  notModified: number;
  /** Bytes received from the dispatcher on the wire (headers and bodies), and of those, bodies. */
  receivedBytes: number;
  bodyBytes: number;
  /** Request headers sent to the dispatcher (request lines and headers as Chromium sent them). */
  sentBytes: number;
  /** Main-thread task time in the window, the stepping's own cost taken off. */
  mainThreadMs: number;
}

export interface IdleResult {
  minutes: number;
  sides: IdleSide[];
  /** Main-thread time of the same stepping on the console's home page, taken off every side. */
  steppingMs: number;
}

const MINUTES = 10;
const STEP_MS = 1000;
const SETTLE_MS = 3000;
const HEARTBEATS_MS = 61_000;

interface Side {
  name: string;
  route: string;
  changeFeed: boolean;
}

const SIDES: Side[] = [
  { name: 'page, with the console’s change feed (a check a minute)', route: PAGE_ROUTE, changeFeed: true },
  { name: 'page, no change feed (a conditional check every 5 s)', route: PAGE_ROUTE, changeFeed: false },
  {
    name: 'before: the whole list every 30 s (bare floor, ?poll=30)',
    route: `${FLOOR_ROUTE}?poll=30`,
    changeFeed: false,
  },
];

interface Traffic {
  listRequests: number;
  notModified: number;
  receivedBytes: number;
  bodyBytes: number;
  sentBytes: number;
  /** Bytes of requests still open (the event stream) received in the window, and the real ms it ran. */
  streamBytes: number;
  inFlight: number;
}

/**
 * Follows what the tab exchanges with the dispatcher through CDP's Network domain, from before the
 * page opens (so the event stream is known), and counts it once `counting` is set.
 */
async function recordTraffic(cdp: CDPSession, dispatcherBaseUrl: string) {
  const traffic: Traffic = {
    listRequests: 0,
    notModified: 0,
    receivedBytes: 0,
    bodyBytes: 0,
    sentBytes: 0,
    streamBytes: 0,
    inFlight: 0,
  };
  const state = { counting: false };
  const base = new URL(dispatcherBaseUrl).pathname;
  const open = new Map<string, { list: boolean; stream: boolean; counted: boolean; received: number }>();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (!request.url.startsWith(dispatcherBaseUrl) || request.method === 'OPTIONS') return;
    const path = new URL(request.url).pathname.slice(base.length);
    const stream = path.startsWith('events');
    open.set(requestId, { list: /^sessions\/?$/.test(path), stream, counted: state.counting, received: 0 });
    if (!stream) traffic.inFlight += 1;
  });
  cdp.on('Network.requestWillBeSentExtraInfo', ({ requestId, headers }) => {
    if (!open.get(requestId)?.counted) return;
    for (const [name, value] of Object.entries(headers))
      traffic.sentBytes += name.length + String(value).length + 4;
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const request = open.get(requestId);
    if (!request?.counted) return;
    if (request.list) traffic.listRequests += 1;
    if (request.list && response.status === 304) traffic.notModified += 1;
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength, encodedDataLength }) => {
    const request = open.get(requestId);
    if (!request) return;
    request.received += encodedDataLength;
    if (request.counted) traffic.bodyBytes += dataLength;
    // The stream, opened before the window: what it brings in the window counts.
    if (request.stream && state.counting) traffic.streamBytes += encodedDataLength;
  });
  const finish = (requestId: string, encodedDataLength?: number) => {
    const request = open.get(requestId);
    if (!request) return;
    open.delete(requestId);
    if (request.counted && !request.stream) traffic.receivedBytes += encodedDataLength ?? request.received;
    if (!request.stream) traffic.inFlight -= 1;
  };
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) =>
    finish(requestId, encodedDataLength),
  );
  cdp.on('Network.loadingFailed', ({ requestId }) => finish(requestId));
  await cdp.send('Network.enable');
  return { traffic, state };
}

/** Stops the tab's time a moment ahead; a machine that passed that moment first takes a new reading. */
async function pauseClock(page: Page): Promise<void> {
  for (;;) {
    try {
      return await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500);
    } catch (error) {
      if (!String(error).includes('to the past')) throw error;
    }
  }
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function measureSide(bench: Bench, side: Side): Promise<IdleSide & { streamMsReal: number }> {
  bench.host.setConfig({ ...bench.host.config(), changeFeed: side.changeFeed });
  const tab = await bench.openConsole(TENANTS.small.id, (context) => context.clock.install());
  try {
    const cdp = await tab.cdp();
    await cdp.send('Performance.enable');
    const { traffic, state } = await recordTraffic(cdp, bench.host.dispatcherBaseUrl);
    await tab.go(side.route);
    // What comes after the first rows (the release code, the stylesheet check) lands before the window.
    await tab.page.waitForTimeout(SETTLE_MS);
    state.counting = true;
    await pauseClock(tab.page);
    const realStart = Date.now();
    const before = await taskMs(cdp);
    for (let step = 0; step < (MINUTES * 60_000) / STEP_MS; step += 1) {
      await tab.page.clock.runFor(STEP_MS);
      while (traffic.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const busy = (await taskMs(cdp)) - before;
    // Long enough by the real clock to take in two of the stream's heartbeats (every 30 s).
    if (side.changeFeed) await tab.page.waitForTimeout(Math.max(0, HEARTBEATS_MS - (Date.now() - realStart)));
    const streamMsReal = Date.now() - realStart;
    // Heartbeats come by the server's real clock: their rate, over the window's 10 minutes.
    const stream = Math.round((traffic.streamBytes * MINUTES * 60_000) / streamMsReal);
    return {
      name: side.name,
      listRequests: traffic.listRequests,
      notModified: traffic.notModified,
      receivedBytes: traffic.receivedBytes + stream,
      bodyBytes: traffic.bodyBytes,
      sentBytes: traffic.sentBytes,
      mainThreadMs: busy,
      streamMsReal,
    };
  } finally {
    await tab.close();
  }
}

/** The stepping alone, on the console's home page: its main-thread time is every side's overhead. */
async function measureStepping(bench: Bench): Promise<number> {
  const tab = await bench.openConsole(TENANTS.small.id, (context) => context.clock.install());
  try {
    await tab.page.waitForTimeout(SETTLE_MS);
    const cdp = await tab.cdp();
    await cdp.send('Performance.enable');
    await pauseClock(tab.page);
    const before = await taskMs(cdp);
    for (let step = 0; step < (MINUTES * 60_000) / STEP_MS; step += 1) await tab.page.clock.runFor(STEP_MS);
    return (await taskMs(cdp)) - before;
  } finally {
    await tab.close();
  }
}

export async function measureIdle(bench: Bench): Promise<IdleResult> {
  const config = bench.host.config();
  try {
    const steppingMs = await measureStepping(bench);
    const sides: IdleSide[] = [];
    for (const side of SIDES) {
      const { streamMsReal: _, ...measured } = await measureSide(bench, side);
      sides.push({ ...measured, mainThreadMs: Math.max(0, measured.mainThreadMs - steppingMs) });
    }
    return { minutes: MINUTES, sides, steppingMs };
  } finally {
    bench.host.setConfig(config);
  }
}
