// Who is calling: the user and tenant a host's client names in its headers (or, for an event stream,
// which cannot send headers, in the query), checked against the permissions a route needs.

import type { IncomingMessage } from 'node:http';
import { type Answer, failure, header } from './http';
import {
  findUser,
  hasPermission,
  isTenantId,
  PERMISSIONS,
  type Permission,
  type SimulatedUser,
  TENANT_HEADER,
  type TenantId,
  USER_HEADER,
} from './identity';
import type { SimulatorRuntime } from './runtime';
import type { TenantStore } from './store';

export interface Caller {
  user: SimulatedUser;
  tenant: TenantId;
  store: TenantStore;
}

/** Reading takes either permission. */
export const READ = [PERMISSIONS.communications, PERMISSIONS.handoff];
/** Releasing takes communications.access. */
export const RELEASE = [PERMISSIONS.communications];

export const isCaller = (value: Caller | Answer): value is Caller => 'store' in value;

/** The caller named by `userId` and `tenantId`, or the 401/403 answer. */
export function identifyAs(
  runtime: SimulatorRuntime,
  userId: string | undefined,
  tenantId: string | undefined,
  needs: readonly Permission[],
): Caller | Answer {
  const user = findUser(userId);
  if (!user) return failure(401, 'UNAUTHENTICATED', `Send a known user in ${USER_HEADER}.`);
  if (!isTenantId(tenantId))
    return failure(403, 'UNKNOWN_TENANT', `Send a known tenant in ${TENANT_HEADER}.`);
  if (!needs.some((permission) => hasPermission(user, permission))) {
    return failure(403, 'FORBIDDEN', `This needs ${needs.join(' or ')}.`);
  }
  return { user, tenant: tenantId, store: runtime.tenant(tenantId) };
}

/** The caller a request's identity headers name. */
export function identify(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  needs: readonly Permission[],
): Caller | Answer {
  return identifyAs(runtime, header(request, USER_HEADER), header(request, TENANT_HEADER), needs);
}
