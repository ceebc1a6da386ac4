// The one store primitive of the page: a value that lives outside React (the list, releases, bulk
// runs, the selection, the clock), read by React through useSyncExternalStore. Subscribers hear of a
// change only when there is one, and a value that did not change keeps its object, so React renders
// nothing for it.

/** A value outside React: `subscribe` and `getSnapshot` are what useSyncExternalStore takes. */
export class Store<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private state: T) {}

  /** Calls `listener` after every change; returns the unsubscribe. Bound, so it can be passed on. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The value now. Bound, so it can be passed on. */
  readonly getSnapshot = (): T => this.state;

  /** Replaces the value; subscribers hear of it only when it is another value. */
  protected setState(next: T): void {
    if (Object.is(next, this.state)) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  /** Merges `patch` into an object value: when no field changes, the object and the subscribers stay as they are. */
  protected patchState(patch: Partial<T>): void {
    const current = this.state as Record<string, unknown>;
    const changed = Object.entries(patch).some(([key, value]) => !Object.is(current[key], value));
    if (changed) this.setState({ ...this.state, ...patch });
  }
}

/** A store whose value anyone holding it may replace: for state with no rules of its own. */
export class ValueStore<T> extends Store<T> {
  /** Replaces the value, or makes the next one from the current one. */
  set(next: T | ((current: T) => T)): void {
    this.setState(typeof next === 'function' ? (next as (current: T) => T)(this.getSnapshot()) : next);
  }
}
