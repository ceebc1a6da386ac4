import { createClock } from './clock';

describe('the page clock', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('serves every subscriber from one timer, at the interval the page sets', () => {
    const clock = createClock();
    const listeners = Array.from({ length: 100 }, () => jest.fn());
    for (const listener of listeners) clock.subscribe(listener);
    clock.setInterval(1000);
    clock.setInterval(1000);
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(1000);
    expect(clock.now()).toBe(1_001_000);
    expect(listeners.every((listener) => listener.mock.calls.length === 1)).toBe(true);
    clock.setInterval(60_000);
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(59_999);
    expect(listeners[0]).toHaveBeenCalledTimes(1);
    clock.stop();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('reads the server’s time: the offset applies at once', () => {
    const clock = createClock();
    const listener = jest.fn();
    clock.subscribe(listener);
    clock.setOffset(-5_000);
    expect(clock.now()).toBe(995_000);
    expect(listener).toHaveBeenCalledTimes(1);
    clock.stop();
  });

  it('stops ticking when there is nothing to show', () => {
    const clock = createClock();
    clock.setInterval(1000);
    clock.setInterval(null);
    expect(jest.getTimerCount()).toBe(0);
    clock.stop();
  });

  it('ticks again when the interval is set after a stop, as when React replays the page’s effects', () => {
    const clock = createClock();
    const listener = jest.fn();
    clock.subscribe(listener);
    clock.setInterval(1000);
    clock.stop();
    expect(jest.getTimerCount()).toBe(0);
    clock.setInterval(1000);
    jest.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(1);
    clock.stop();
  });

  it('keeps its beat when the page sets the same interval again, as it does on every render', () => {
    const clock = createClock();
    const listener = jest.fn();
    clock.subscribe(listener);
    clock.setInterval(1000);
    jest.advanceTimersByTime(600);
    clock.setInterval(1000);
    jest.advanceTimersByTime(400);
    expect(listener).toHaveBeenCalledTimes(1);
    clock.stop();
  });

  it('tells a cell that has left nothing more', () => {
    const clock = createClock();
    const stays = jest.fn();
    const leaves = jest.fn();
    clock.subscribe(stays);
    const unsubscribe = clock.subscribe(leaves);
    clock.setInterval(1000);
    jest.advanceTimersByTime(1000);
    unsubscribe();
    jest.advanceTimersByTime(1000);
    expect(stays).toHaveBeenCalledTimes(2);
    expect(leaves).toHaveBeenCalledTimes(1);
    clock.stop();
  });
});
