// The console's frame: a main menu whose links navigate through single-spa, and the side panel switch.
import { navigateToUrl } from 'single-spa';

export function Shell({ menu, sidePanelOpen, onSidePanel }) {
  return (
    <header>
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
      <button type="button" aria-pressed={sidePanelOpen} onClick={onSidePanel}>
        Side panel
      </button>
    </header>
  );
}
