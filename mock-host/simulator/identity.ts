// Who may call the simulator. A real host's client sends tenant and user as headers after login; the
// simulator trusts them as given, since it only stands in for the dispatcher during development.

import { HOSTILE_TENANT } from './hostile';

export const TENANT_HEADER = 'X-Tenant-Id';
export const USER_HEADER = 'X-User-Id';

export const PERMISSIONS = {
  communications: 'communications.access',
  handoff: 'handoff.access',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export interface SimulatedUser {
  id: string;
  /** Written as the actor of the audit entries this user causes. */
  name: string;
  permissions: readonly Permission[];
}

export const USERS: readonly SimulatedUser[] = [
  { id: 'admin', name: 'Alex Admin', permissions: [PERMISSIONS.communications, PERMISSIONS.handoff] },
  // A second administrator, so a test can release a session behind the first one's back.
  { id: 'admin2', name: 'Robin Admin', permissions: [PERMISSIONS.communications, PERMISSIONS.handoff] },
  { id: 'agent', name: 'Sam Agent', permissions: [PERMISSIONS.handoff] },
];

/** Tenants with ordinary data, then the one whose free text is hostile markup. */
export const TENANT_IDS = ['acme', 'globex', HOSTILE_TENANT] as const;

export type TenantId = (typeof TENANT_IDS)[number];

const usersById = new Map(USERS.map((user) => [user.id, user]));
const tenantIds = new Set<string>(TENANT_IDS);

// A Map, not an object lookup: a header like `constructor` must not find a prototype member.
export function findUser(id: string | undefined): SimulatedUser | undefined {
  return id === undefined ? undefined : usersById.get(id);
}

export function isTenantId(id: string | undefined): id is TenantId {
  return id !== undefined && tenantIds.has(id);
}

export function hasPermission(user: SimulatedUser, permission: Permission): boolean {
  return user.permissions.includes(permission);
}
