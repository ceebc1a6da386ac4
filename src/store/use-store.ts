import { useSyncExternalStore } from 'react';
import type { Store } from './store';

/** The store's value, rendered again whenever it changes. */
export function useStore<T>(store: Pick<Store<T>, 'subscribe' | 'getSnapshot'>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
