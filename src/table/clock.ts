// One timer for the whole table: every Duration cell reads the same `now`, and the page sets how often
// it ticks. A store outside React, so a tick repaints only the cells that read it.
import { useEffect, useState } from 'react';

/** The page's clock, corrected by the server's time. */
export interface Clock {
  /** Milliseconds since the epoch on the server's clock, as of the last tick. */
  now(): number;
  subscribe(listener: () => void): () => void;
  /** How often to tick; null stops the timer. */
  setInterval(ms: number | null): void;
  /** serverTime minus the client clock, from the latest answer. */
  setOffset(ms: number): void;
  /** Stops the timer until setInterval is called again; subscribers stay, they unsubscribe themselves. */
  stop(): void;
}

export function createClock(readClientTime: () => number = Date.now): Clock {
  const listeners = new Set<() => void>();
  let offset = 0;
  let current = readClientTime();
  let intervalMs: number | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const tick = () => {
    current = readClientTime() + offset;
    for (const listener of listeners) listener();
  };

  return {
    now: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setInterval(ms) {
      if (ms === intervalMs) return;
      intervalMs = ms;
      clearInterval(timer);
      timer = ms === null ? undefined : setInterval(tick, ms);
    },
    setOffset(ms) {
      offset = ms;
      tick();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      intervalMs = null;
    },
  };
}

/** The page's single clock. */
export function useClockStore(): Clock {
  const [clock] = useState(() => createClock());
  useEffect(() => () => clock.stop(), [clock]);
  return clock;
}
