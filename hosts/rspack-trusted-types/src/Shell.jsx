// The console's frame: a main menu whose links navigate through single-spa.
import { navigateToUrl } from 'single-spa';

export function Shell({ menu }) {
  return (
    <nav aria-label="Main">
      <ul>
        {[{ label: 'Home', href: '/' }, ...menu].map(({ label, href }) => (
          <li key={href}>
            <a href={href} onClick={navigateToUrl}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
