// What is made once per host client and outlives any one page: the API on the client, and what the
// release code keeps there (a release on its way, a bulk run), so a page that comes back finds them
// and another tenant or user (another client) never sees them. The only registry keyed on a client.
import type { AxiosInstance } from 'axios';
import { DispatcherSessionsClient, type SessionsApi } from './api';

/** The services of one host client. */
export class ClientServices {
  /** The dispatcher API on the host's client. */
  readonly api: SessionsApi;
  private readonly made = new Map<(api: SessionsApi, client: AxiosInstance) => unknown, unknown>();

  constructor(private readonly client: AxiosInstance) {
    this.api = new DispatcherSessionsClient(client);
  }

  /**
   * The one value `make` makes for this client, made on first use (by code that may load later, such
   * as a call of its own on the client that only that code needs).
   */
  once<T>(make: (api: SessionsApi, client: AxiosInstance) => T): T {
    if (!this.made.has(make)) this.made.set(make, make(this.api, this.client));
    return this.made.get(make) as T;
  }
}

const services = new WeakMap<AxiosInstance, ClientServices>();

/** The services of `client`, made once and kept as long as the client lives. */
export function servicesFor(client: AxiosInstance): ClientServices {
  let found = services.get(client);
  if (!found) {
    found = new ClientServices(client);
    services.set(client, found);
  }
  return found;
}
