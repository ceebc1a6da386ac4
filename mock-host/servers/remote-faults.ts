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
   * string the path contains (e.g. `'__federation_expose_app'` or `'mf-manifest.json'`).
   */
  fail(pattern: RegExp | string, status?: number): void;
  /** Back to healthy: up, no delay, nothing held, no failing paths. */
  reset(): Promise<void>;
  /** What is switched on now. */
  current(): {
    down: boolean;
    delayMs: number;
    holding: boolean;
    failing: { pattern: string; status: number }[];
  };
}

interface FailRule {
  pattern: RegExp | string;
  status: number;
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
    fail(pattern, status = 500) {
      if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw new RangeError('fail() answers an HTTP error status, 400–599');
      }
      rules = [...rules, { pattern, status }];
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
      failing: rules.map(({ pattern, status }) => ({ pattern: String(pattern), status })),
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
      return rule?.status ?? null;
    },
  };
}
