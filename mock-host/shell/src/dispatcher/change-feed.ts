import type { SessionsChangedEvent } from '../../../../src/contract';
import type { Identity } from '../identity/identities';

/** Subscribes to the tenant's change events; returns the unsubscribe. What modules get as `subscribe`. */
export type ChangeFeed = (listener: (event: SessionsChangedEvent) => void) => () => void;

/**
 * The console's feed of the dispatcher's changes, as a real console with an event stream would hand it
 * to modules: the dispatcher's `GET events` stream for the signed-in identity (EventSource sends no
 * headers, so who is asking goes in the URL). One stream per subscriber, closed when it unsubscribes.
 */
export function createChangeFeed(baseURL: string, identity: Identity): ChangeFeed {
  return (listener) => {
    const url = new URL('events', baseURL);
    url.searchParams.set('tenant', identity.tenantId);
    url.searchParams.set('user', identity.userId);
    const source = new EventSource(url);
    source.addEventListener('sessions-changed', (event) => {
      let ids: unknown;
      try {
        ids = (JSON.parse((event as MessageEvent<string>).data) as { ids?: unknown }).ids;
      } catch {
        ids = undefined;
      }
      const known = Array.isArray(ids) && ids.every((id) => typeof id === 'string');
      listener({ type: 'sessions-changed', ...(known ? { ids: ids as string[] } : {}) });
    });
    return () => source.close();
  };
}
