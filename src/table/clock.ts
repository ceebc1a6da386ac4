// One timer for the whole table: every Duration cell reads the same `now`, and the page sets how often
// it ticks. A store outside React, so a tick repaints only the cells that read it.
import { useEffect, useState } from 'react';
import { Store } from '../store/store';

/** The page's clock, corrected by the server's time: its value is the server's now, as of the last tick. */
export class Clock extends Store<number> {
  private offset = 0;
  private intervalMs: number | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly readClientTime: () => number = Date.now) {
    super(readClientTime());
  }

  /** Milliseconds since the epoch on the server's clock, as of the last tick. */
  now(): number {
    return this.getSnapshot();
  }

  /** How often to tick; null stops the timer. */
  setInterval(ms: number | null): void {
    if (ms === this.intervalMs) return;
    this.intervalMs = ms;
    clearInterval(this.timer);
    this.timer = ms === null ? undefined : setInterval(this.tick, ms);
  }

  /** serverTime minus the client clock, from the latest answer; applies at once. */
  setOffset(ms: number): void {
    this.offset = ms;
    this.tick();
  }

  /** Stops the timer until setInterval is called again; subscribers stay, they unsubscribe themselves. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.intervalMs = null;
  }

  private readonly tick = () => this.setState(this.readClientTime() + this.offset);
}

export const createClock = (readClientTime?: () => number): Clock => new Clock(readClientTime);

/** The page's single clock. */
export function useClockStore(): Clock {
  const [clock] = useState(() => createClock());
  useEffect(() => () => clock.stop(), [clock]);
  return clock;
}
