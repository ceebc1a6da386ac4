import type { AxiosInstance } from 'axios';
import { type ChangeFeed, createChangeFeed } from '../dispatcher/change-feed';
import { createDispatcherClient } from '../dispatcher/dispatcher-client';
import { createStore, type Store } from '../store';
import { type ConsoleUser, findUser, type Identity, USERS } from './identities';

/** Everything that depends on who is signed in; replaced as a whole when the identity changes. */
export interface ConsoleSession {
  identity: Identity;
  user: ConsoleUser;
  /** Counts sessions, so views can key on it and start afresh for each. */
  serial: number;
  dispatcherClient: AxiosInstance;
  hasPermission: (permission: string) => boolean;
  /** The dispatcher's change events for this identity, when the console has them (config.json). */
  subscribe: ChangeFeed | null;
}

const STORAGE_KEY = 'tenant-console.identity';

export function readStoredIdentity(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeIdentity(identity: Identity) {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Storage can be disabled; the choice then lasts until the page is left, which is enough here.
  }
}

let serial = 0;

function createConsoleSession(
  identity: Identity,
  dispatcherBaseUrl: string,
  timeoutMs: number | undefined,
  changeFeed: boolean,
): ConsoleSession {
  const user = findUser(identity.userId) ?? (USERS[0] as ConsoleUser);
  const permissions = new Set(user.permissions);
  serial += 1;
  return {
    identity: { userId: user.id, tenantId: identity.tenantId },
    user,
    serial,
    dispatcherClient: createDispatcherClient(dispatcherBaseUrl, identity, timeoutMs),
    // A new function per session: modules compare props and start afresh when it changes.
    hasPermission: (permission) => permissions.has(permission),
    subscribe: changeFeed ? createChangeFeed(dispatcherBaseUrl, identity) : null,
  };
}

export interface SessionStore extends Store<ConsoleSession> {
  switchTo(identity: Identity): void;
}

/**
 * `timeoutMs`: the dispatcher client's timeout (config.json's dispatcherTimeoutMs); absent, the
 * default. `changeFeed`: whether modules get the dispatcher's change events (config.json's changeFeed).
 */
export function createSessionStore(
  initial: Identity,
  dispatcherBaseUrl: string,
  timeoutMs?: number,
  changeFeed = true,
): SessionStore {
  storeIdentity(initial);
  const store = createStore(createConsoleSession(initial, dispatcherBaseUrl, timeoutMs, changeFeed));
  return {
    ...store,
    switchTo(identity) {
      const current = store.get().identity;
      if (current.userId === identity.userId && current.tenantId === identity.tenantId) return;
      storeIdentity(identity);
      store.set(createConsoleSession(identity, dispatcherBaseUrl, timeoutMs, changeFeed));
    },
  };
}
