// What the mount gives the page: the client's services, navigation, base path, language, the first load.
import type { ClientServices } from '../dispatcher/client-services';
import type { ChangeFeed, SessionListLoader } from '../list/list-loader';

export interface ActiveSessionsPageProps {
  /** The dispatcher API and what outlives the page, of the host's client. */
  services: ClientServices;
  /** The host's navigation; it gets full paths, `basePath` included. */
  navigate: (path: string) => void;
  /** The path the console is served under ('' for none): every link and path the page makes starts with it. */
  basePath: string;
  locale?: string;
  timeZone?: string;
  stuckAfterMinutes: number;
  /** The first load, already started by the mount lifecycle. */
  preloadedList?: SessionListLoader;
  /** The host's feed of changes, if it has one. */
  subscribe?: ChangeFeed;
}
