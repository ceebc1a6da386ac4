// The console's frame: the main menu, the tenant switch and, on the module's page, "Add panel".
export function Shell({ menu, navigate, tenants, tenant, onTenant, onAddPanel }) {
  const follow = (event) => {
    event.preventDefault();
    navigate(event.currentTarget.getAttribute('href'));
  };
  return (
    <header>
      <nav aria-label="Main">
        <ul>
          {[{ label: 'Home', href: '/' }, ...menu].map(({ label, href }) => (
            <li key={href}>
              <a href={href} onClick={follow}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <label>
        Tenant{' '}
        <select value={tenant} onChange={(event) => onTenant(event.target.value)}>
          {tenants.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      {onAddPanel && (
        <button type="button" onClick={onAddPanel}>
          Add panel
        </button>
      )}
    </header>
  );
}
