// Many watchers of one list, each polling on its own timer as an open page would, either plainly
// (the whole body every time) or conditionally (If-None-Match, 304 while nothing changed). One change
// is made part-way through; each watcher notes how long after it its answers showed it.
import { Agent, request } from 'node:http';

export interface WatchOptions {
  /** The list URL, query included. */
  url: URL;
  headers: Record<string, string>;
  watchers: number;
  intervalMs: number;
  /** Each wait is the interval ± this share of it, drawn anew. */
  jitter: number;
  conditional: boolean;
  durationMs: number;
  change: {
    /** When, from the start of the run, the change is made. */
    atMs: number;
    make(): Promise<void>;
    /** Whether an answer's body shows the change. */
    shows(body: unknown): boolean;
  };
  random: () => number;
}

export interface WatchResult {
  requests: number;
  ok: number;
  notModified: number;
  failed: number;
  /** Bytes of the answers' bodies. */
  bodyBytes: number;
  latenciesMs: number[];
  /** Per watcher that saw the change: ms from sending the change to the answer that showed it. */
  delaysMs: number[];
  /** Watchers whose answers had not shown the change when the run ended. */
  missed: number;
  seconds: number;
}

interface Answer {
  status: number;
  etag: string | undefined;
  body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function get(url: URL, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          etag: response.headers.etag,
          body: Buffer.concat(chunks),
        }),
      );
      response.once('error', reject);
    });
    sent.once('error', reject);
    sent.end();
  });
}

/** One retry when a kept-alive connection was closed by the server just as it was reused. */
async function getOnce(url: URL, headers: Record<string, string>): Promise<Answer> {
  try {
    return await get(url, headers);
  } catch {
    return get(url, headers);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function watch(options: WatchOptions): Promise<WatchResult> {
  const result: WatchResult = {
    requests: 0,
    ok: 0,
    notModified: 0,
    failed: 0,
    bodyBytes: 0,
    latenciesMs: [],
    delaysMs: [],
    missed: 0,
    seconds: options.durationMs / 1000,
  };
  const start = performance.now();
  const end = start + options.durationMs;
  let changedAt: number | null = null;
  const changing = sleep(options.change.atMs).then(async () => {
    changedAt = performance.now();
    await options.change.make();
  });

  const watcher = async () => {
    let tag: string | undefined;
    let seen = false;
    let next = start + options.random() * options.intervalMs;
    for (;;) {
      await sleep(next - performance.now());
      if (performance.now() >= end) break;
      const sent = performance.now();
      const headers =
        options.conditional && tag ? { ...options.headers, 'If-None-Match': tag } : options.headers;
      try {
        const answer = await getOnce(options.url, headers);
        const done = performance.now();
        result.requests++;
        result.latenciesMs.push(done - sent);
        result.bodyBytes += answer.body.length;
        if (answer.status === 304) result.notModified++;
        else if (answer.status === 200) {
          result.ok++;
          tag = answer.etag;
          if (!seen && changedAt !== null && options.change.shows(JSON.parse(answer.body.toString('utf8')))) {
            seen = true;
            result.delaysMs.push(done - changedAt);
          }
        } else result.failed++;
      } catch {
        result.failed++;
      }
      const wait = options.intervalMs * (1 + options.jitter * (2 * options.random() - 1));
      next = Math.max(next + wait, performance.now());
    }
    if (!seen) result.missed++;
  };

  await Promise.all([changing, ...Array.from({ length: options.watchers }, watcher)]);
  return result;
}
