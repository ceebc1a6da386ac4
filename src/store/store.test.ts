import { Store, ValueStore } from './store';

class Counter extends Store<{ count: number; label: string }> {
  constructor() {
    super({ count: 0, label: 'none' });
  }
  patch(patch: Partial<{ count: number; label: string }>) {
    this.patchState(patch);
  }
}

describe('a store', () => {
  it('tells every subscriber of a change, once, and no longer after it unsubscribes', () => {
    const store = new ValueStore(1);
    const heard: string[] = [];
    const stopA = store.subscribe(() => heard.push(`a:${store.getSnapshot()}`));
    store.subscribe(() => heard.push(`b:${store.getSnapshot()}`));
    store.set(2);
    stopA();
    store.set((n) => n + 1);
    expect(heard).toEqual(['a:2', 'b:2', 'b:3']);
    expect(store.getSnapshot()).toBe(3);
  });

  it('tells nobody when the value is the same, and keeps its object', () => {
    const value = { a: 1 };
    const store = new ValueStore(value);
    const listener = jest.fn();
    store.subscribe(listener);
    store.set(value);
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toBe(value);
  });

  it('lets a subscriber unsubscribe another while it is being told, which is still told this once', () => {
    const store = new ValueStore(0);
    const heard: string[] = [];
    let stopB: () => void = () => undefined;
    store.subscribe(() => {
      heard.push('a');
      stopB();
    });
    stopB = store.subscribe(() => heard.push('b'));
    store.set(1);
    store.set(2);
    expect(heard).toEqual(['a', 'b', 'a']);
  });

  it('merges a patch into a new object only when a field changes', () => {
    const store = new Counter();
    const listener = jest.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    store.patch({ count: 0 });
    store.patch({});
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    store.patch({ count: 0, label: 'one' });
    expect(store.getSnapshot()).toEqual({ count: 0, label: 'one' });
    expect(before).toEqual({ count: 0, label: 'none' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hands out subscribe and getSnapshot bound, as useSyncExternalStore takes them', () => {
    const store = new ValueStore('x');
    const { subscribe, getSnapshot } = store;
    const listener = jest.fn();
    subscribe(listener);
    store.set('y');
    expect([getSnapshot(), listener.mock.calls.length]).toEqual(['y', 1]);
  });
});
