import type { ConsoleSession } from '../identity/console-session';
import type { ConsoleLocation } from '../spa/location';

/** What every console page gets from the shell. */
export interface PageProps {
  session: ConsoleSession;
  location: ConsoleLocation;
  formatDateTime: (iso: unknown) => string;
}
