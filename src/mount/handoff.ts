// The typed handoff from mount to the page. Mount checks the host's props once, makes the page's
// services once per client and starts the first list load; the page gets all of it in one object,
// kept in a store per mounted instance, which `update` replaces when the host passes new props.
import { type ActiveSessionsProps, checkHostProps } from '../contract/host-props';
import { type ClientServices, servicesFor } from '../dispatcher/client-services';
import type { SessionListLoader } from '../list/list-loader';
import { preloadList } from '../list/preload';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../session/rules';
import { Store } from '../store/store';
import { allowed } from './permission';

/** What one mounted instance of the page has from its host, checked, and what mount made for it. */
export type PageHandoff = Readonly<
  | {
      ok: true;
      props: ActiveSessionsProps;
      /** The language the host asked for. */
      language: string | undefined;
      /** Whether the user may see the page (`communications.access`). */
      allowed: boolean;
      /** Made once per host client: the API on it, and what outlives a page. */
      services: ClientServices;
      /** The first list load, started before React rendered; null when the page loads on its own. */
      preloaded: SessionListLoader | null;
      /** Another tenant or user: the page starts afresh when it changes. */
      identity: number;
    }
  | {
      ok: false;
      /** What is wrong with the props, for the host's developers. */
      problems: readonly string[];
      /** The language the host asked for, when it gave one at all: the problem is said in it. */
      language: string | undefined;
    }
>;

let identities = 0;

/** The same user and tenant: the same client and the same permission check. */
const sameIdentity = (a: ActiveSessionsProps, b: ActiveSessionsProps) =>
  a.dispatcherClient === b.dispatcherClient && a.hasPermission === b.hasPermission;

/**
 * The handoff for the host's `raw` props. `previous` is the instance's last one (an update): the
 * same user and tenant keep their identity; another starts afresh. `preload` starts the first list
 * load now (mount), for a user who may see the page.
 */
export function handoffFor(
  raw: Record<string, unknown>,
  previous: PageHandoff | null,
  { preload }: { preload: boolean },
): PageHandoff {
  const language = typeof raw.language === 'string' ? raw.language : undefined;
  const check = checkHostProps(raw);
  if (!check.ok) return { ok: false, problems: check.problems, language };
  const props = check.props;
  const same = previous?.ok === true && sameIdentity(previous.props, props);
  const services = servicesFor(props.dispatcherClient);
  const may = allowed(props);
  return {
    ok: true,
    props,
    language,
    allowed: may,
    services,
    preloaded:
      preload && may
        ? preloadList(
            services.api,
            window.location.search,
            props.stuckAfterMinutes ?? DEFAULT_STUCK_AFTER_MINUTES,
          )
        : same
          ? previous.preloaded
          : null,
    identity: same ? previous.identity : ++identities,
  };
}

/** One mounted instance's handoff: the page reads it, `update` replaces it. */
export class MountedInstance extends Store<PageHandoff> {
  /** Makes the handoff of a mount: props checked, the first list load on its way. */
  constructor(raw: Record<string, unknown>, { preload = true } = {}) {
    super(handoffFor(raw, null, { preload }));
  }

  /** The host passed new props. */
  update(raw: Record<string, unknown>): void {
    this.setState(handoffFor(raw, this.getSnapshot(), { preload: false }));
  }

  /** The first load, if the page never adopted it (it stops it on its own unmount otherwise). */
  stopPreload(): void {
    const handoff = this.getSnapshot();
    if (handoff.ok) handoff.preloaded?.stop();
  }
}
