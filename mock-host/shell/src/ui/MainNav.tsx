import { Link } from './Link';

export interface MenuEntry {
  route: string;
  label: string;
  section: string;
  order: number;
  /** The user points at the entry or moves focus to it: a page loaded from elsewhere can fetch its files now. */
  onIntent?: () => void;
}

const SECTION_TITLES: Record<string, string> = { communications: 'Communications' };

interface MainNavProps {
  entries: MenuEntry[];
  /** Route of the current page, or null when no entry is current. */
  currentRoute: string | null;
}

/** The console's left menu: a Home link, then one list per section, entries in their `order`. */
export function MainNav({ entries, currentRoute }: MainNavProps) {
  const sections = [...new Set(entries.map((entry) => entry.section))];
  const current = (route: string) => (route === currentRoute ? ('page' as const) : undefined);
  return (
    <nav aria-label="Main" className="shell-nav">
      <ul className="shell-nav__list">
        <li>
          <Link href="/" aria-current={current('/')}>
            Home
          </Link>
        </li>
      </ul>
      {sections.map((section) => {
        const headingId = `nav-section-${section}`;
        return (
          <section key={section} aria-labelledby={headingId}>
            <h2 id={headingId} className="shell-nav__title">
              {SECTION_TITLES[section] ?? section}
            </h2>
            <ul className="shell-nav__list">
              {entries
                .filter((entry) => entry.section === section)
                .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
                .map((entry) => (
                  <li key={entry.route}>
                    <Link
                      href={entry.route}
                      aria-current={current(entry.route)}
                      onPointerEnter={entry.onIntent}
                      onFocus={entry.onIntent}
                    >
                      {entry.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
