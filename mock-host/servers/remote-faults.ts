/** Faults the remote's server can be switched into while a test runs. */
export interface RemoteFaults {
  /** Refuses connections until `up()`: the remote's server is down. */
  down(): Promise<void>;
  up(): Promise<void>;
  /** Delays every answer by `ms` (0 turns it off). */
  slow(ms: number): void;
  /** Answers nothing until `release()`: every request waits, as with a remote that has not answered yet. */
  hold(): void;
  /** Stops holding and lets the waiting requests go on; answers how many there were. */
  release(): number;
  /**
   * Answers `status` (default 500) for paths matching `pattern`: a RegExp tested against the path, or a
   * string the path contains (e.g. `'__federation_expose_app'` or `'mf-manifest.json'`). With `times`,
   * only the next that many matching requests fail (`fail(/on-demand-release/, 503, { times: 1 })`: a
   * server that failed for a moment); without, every one does (`fail(/on-demand-release/, 404)`: the
   * files of an old release, purged after a new one was published).
   */
  fail(pattern: RegExp | string, status?: number, options?: { times?: number }): void;
  /** Back to healthy: up, no delay, nothing held, no failing paths. */
  reset(): Promise<void>;
  /** What is switched on now. */
  current(): {
    down: boolean;
    delayMs: number;
    holding: boolean;
    failing: { pattern: string; status: number; times?: number }[];
  };
}

interface FailRule {
  pattern: RegExp | string;
  status: number;
  /** How many more matching requests fail; undefined: all of them. */
  times?: number;
}

/** The switches, and what the remote's request handler asks them. */
export function createRemoteFaults(server: {
  stopListening(): Promise<void>;
  resumeListening(): Promise<void>;
}) {
  let down = false;
  let delayMs = 0;
  let holding = false;
  const waiting = new Set<() => void>();
  let rules: FailRule[] = [];

  const faults: RemoteFaults = {
    async down() {
      down = true;
      await server.stopListening();
    },
    async up() {
      down = false;
      await server.resumeListening();
    },
    slow(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError('slow(ms) needs a delay of 0 or more milliseconds');
      delayMs = ms;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      const released = [...waiting];
      for (const go of released) go();
      return released.length;
    },
    fail(pattern, status = 500, { times } = {}) {
      if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw new RangeError('fail() answers an HTTP error status, 400–599');
      }
      if (times !== undefined && !(Number.isInteger(times) && times > 0)) {
        throw new RangeError('fail() takes times as a whole number of requests, 1 or more');
      }
      rules = [...rules, { pattern, status, ...(times === undefined ? {} : { times }) }];
    },
    async reset() {
      delayMs = 0;
      rules = [];
      faults.release();
      await faults.up();
    },
    current: () => ({
      down,
      delayMs,
      holding,
      failing: rules.map(({ pattern, status, times }) => ({
        pattern: String(pattern),
        status,
        ...(times === undefined ? {} : { times }),
      })),
    }),
  };

  return {
    faults,
    delayMs: () => delayMs,
    /** While holding, resolves once `release()` lets the request go or its connection closes. */
    waitIfHeld(response: { once(event: 'close', listener: () => void): unknown }): Promise<void> {
      if (!holding) return Promise.resolve();
      return new Promise((resolve) => {
        const go = () => {
          waiting.delete(go);
          resolve();
        };
        waiting.add(go);
        response.once('close', go);
      });
    },
    failureFor(pathname: string): number | null {
      const rule = rules.find(({ pattern }) =>
        typeof pattern === 'string'
          ? pathname.includes(pattern)
          : new RegExp(pattern.source, pattern.flags.replace('g', '')).test(pathname),
      );
      if (!rule) return null;
      if (rule.times !== undefined) {
        rule.times -= 1;
        if (rule.times === 0) rules = rules.filter((other) => other !== rule);
      }
      return rule.status;
    },
  };
}
