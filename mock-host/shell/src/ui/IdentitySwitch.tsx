import { type Identity, tenantLabel, USERS } from '../identity/identities';

interface IdentitySwitchProps {
  identity: Identity;
  tenants: readonly string[];
  onChange: (identity: Identity) => void;
}

/** Stands in for signing in as someone else: the console and its modules start afresh for them. */
export function IdentitySwitch({ identity, tenants, onChange }: IdentitySwitchProps) {
  return (
    <fieldset className="shell-identity">
      <legend className="visually-hidden">Signed in as</legend>
      <label htmlFor="identity-user">User</label>
      <select
        id="identity-user"
        value={identity.userId}
        onChange={(event) => onChange({ ...identity, userId: event.target.value })}
      >
        {USERS.map((user) => (
          <option key={user.id} value={user.id}>
            {user.label}
          </option>
        ))}
      </select>
      <label htmlFor="identity-tenant">Tenant</label>
      <select
        id="identity-tenant"
        value={identity.tenantId}
        onChange={(event) => onChange({ ...identity, tenantId: event.target.value })}
      >
        {tenants.map((tenant) => (
          <option key={tenant} value={tenant}>
            {tenantLabel(tenant)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
