import axios, { type AxiosInstance } from 'axios';
import { DEFAULT_DISPATCHER_TIMEOUT_MS } from '../config/runtime-config';
import type { Identity } from '../identity/identities';

/**
 * The console's client for the dispatcher API, as the real console builds it: one instance per
 * signed-in identity, its interceptor adding who is asking. Modules receive it and never set these
 * headers themselves. A new identity gets a new instance, so nothing queued for the previous one
 * can be sent as the next.
 */
export function createDispatcherClient(
  baseURL: string,
  identity: Identity,
  timeout: number = DEFAULT_DISPATCHER_TIMEOUT_MS,
): AxiosInstance {
  const client = axios.create({ baseURL, timeout });
  client.interceptors.request.use((request) => {
    request.headers.set('X-Tenant-Id', identity.tenantId);
    request.headers.set('X-User-Id', identity.userId);
    return request;
  });
  return client;
}
