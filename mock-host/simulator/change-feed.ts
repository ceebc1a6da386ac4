// Who wants to hear of each tenant's changes: the event streams of `GET events`. The stores publish
// here after every change; a reset publishes that the whole data set changed.

import type { TenantId } from './identity';
import type { SessionsChange } from './store';

export type ChangeListener = (change: SessionsChange) => void;

export class ChangeFeed {
  private readonly listeners = new Map<TenantId, Set<ChangeListener>>();

  /** Calls `listener` with every change of the tenant until the returned function is called. */
  subscribe(tenant: TenantId, listener: ChangeListener): () => void {
    let set = this.listeners.get(tenant);
    if (!set) {
      set = new Set();
      this.listeners.set(tenant, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  publish(tenant: TenantId, change: SessionsChange): void {
    for (const listener of this.listeners.get(tenant) ?? []) listener(change);
  }

  /** How many listeners the tenant has: open event streams. */
  count(tenant: TenantId): number {
    return this.listeners.get(tenant)?.size ?? 0;
  }
}
