// Who can be signed in to the mock console. A real console gets these from its identity provider;
// here a switch picks one so the module can be seen as each kind of user and tenant.

export interface ConsoleUser {
  id: string;
  label: string;
  permissions: readonly string[];
}

export const USERS: readonly ConsoleUser[] = [
  { id: 'admin', label: 'Administrator', permissions: ['communications.access', 'handoff.access'] },
  { id: 'agent', label: 'Agent', permissions: ['handoff.access'] },
];

/** The signed-in user and the tenant they act for. */
export interface Identity {
  userId: string;
  tenantId: string;
}

export const findUser = (userId: string): ConsoleUser | undefined => USERS.find((user) => user.id === userId);

/** Tenant ids are shown as names: `acme` → `Acme`. */
export const tenantLabel = (tenantId: string) => tenantId.charAt(0).toUpperCase() + tenantId.slice(1);

/** Query parameters that pick the identity, so a test can open a page as a given user and tenant. */
export const IDENTITY_PARAMS = { user: 'user', tenant: 'tenant' } as const;

interface InitialIdentitySources {
  /** `location.search` */
  search: string;
  /** What sessionStorage held, unparsed; null if nothing. */
  stored: string | null;
  tenants: readonly string[];
}

/** The identity at start-up: the URL wins over sessionStorage, which wins over the first user and tenant. */
export function resolveInitialIdentity({ search, stored, tenants }: InitialIdentitySources): Identity {
  const fallback: Identity = { userId: USERS[0]?.id ?? 'admin', tenantId: tenants[0] ?? 'acme' };
  const saved = parseStoredIdentity(stored);
  const params = new URLSearchParams(search);
  const userId = [params.get(IDENTITY_PARAMS.user), saved?.userId].find((id) => id && findUser(id));
  const tenantId = [params.get(IDENTITY_PARAMS.tenant), saved?.tenantId].find(
    (id) => id && tenants.includes(id),
  );
  return { userId: userId ?? fallback.userId, tenantId: tenantId ?? fallback.tenantId };
}

export function parseStoredIdentity(stored: string | null): Identity | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const { userId, tenantId } = value as Record<string, unknown>;
    return typeof userId === 'string' && typeof tenantId === 'string' ? { userId, tenantId } : null;
  } catch {
    return null;
  }
}

/** `search` without the identity parameters, other parameters (e.g. `session`) kept in order. */
export function withoutIdentityParams(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(IDENTITY_PARAMS.user);
  params.delete(IDENTITY_PARAMS.tenant);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
