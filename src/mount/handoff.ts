// The typed handoff from mount to the page. Mount checks the host's props once, makes the page's
// services once per client and starts the first list load; the page gets all of it in one object,
// kept in a store per mounted instance, which `update` replaces when the host passes props that mean
// something new. A host that renders again with new functions or objects of the same meaning (an
// inline `hasPermission`, a `messages` literal) keeps the handoff object, so the page does no work.
import { type ActiveSessionsProps, checkHostProps } from '../contract/host-props';
import { type ClientServices, servicesFor } from '../dispatcher/client-services';
import type { SessionListLoader } from '../list/list-loader';
import { preloadList } from '../list/preload';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../session/rules';
import { equalDeep } from '../store/equal';
import { Store } from '../store/store';
import { defaultNavigate } from './navigate';
import { allowed } from './permission';

/** What one mounted instance of the page has from its host, checked, and what mount made for it. */
export type PageHandoff = Readonly<
  | {
      ok: true;
      props: ActiveSessionsProps;
      /** The language the host asked for. */
      language: string | undefined;
      /** Whether the user may see the page (`communications.access`), as the host answered last. */
      allowed: boolean;
      /** Made once per host client: the API on it, and what outlives a page. */
      services: ClientServices;
      /** The first list load, started before React rendered; null when the page loads on its own. */
      preloaded: SessionListLoader | null;
      /** Another tenant or user: the page starts afresh when it changes. */
      identity: number;
      /** The console's base path: '' for none, else `/console` (no trailing `/`). */
      basePath: string;
      /** The host's latest `navigate` (or single-spa's): one function for the instance's whole life. */
      navigate: (path: string) => void;
    }
  | {
      ok: false;
      /** What is wrong with the props, for the host's developers. */
      problems: readonly string[];
      /** The language the host asked for, when it gave one at all: the problem is said in it. */
      language: string | undefined;
    }
>;

type ReadyHandoff = Extract<PageHandoff, { ok: true }>;

let identities = 0;

/**
 * Another tenant or user is another `dispatcherClient` instance, or another `identity` string. Nothing
 * else is: not a new `hasPermission` or `navigate` function, not a new object of the same content.
 */
export const sameIdentity = (a: ActiveSessionsProps, b: ActiveSessionsProps): boolean =>
  a.dispatcherClient === b.dispatcherClient && a.identity === b.identity;

/**
 * How each prop is compared between two updates. `instance`: the same object (a client, an element).
 * `answer`: a function whose answer is what counts (compared through `allowed`). `latest`: a function
 * read from the instance whenever it is called, so a new one changes nothing. `value`: by content.
 * A Record over every prop: a prop added to the contract must say how it compares.
 */
const COMPARED: Record<keyof ActiveSessionsProps, 'instance' | 'answer' | 'latest' | 'value'> = {
  dispatcherClient: 'instance',
  hasPermission: 'answer',
  navigate: 'latest',
  basePath: 'value',
  identity: 'value',
  language: 'value',
  messages: 'value',
  locale: 'value',
  timeZone: 'value',
  domElement: 'instance',
  stuckAfterMinutes: 'value',
  // The page subscribes once for its life: a host that renders again hands a new function for the same feed.
  subscribe: 'latest',
};

/** Whether two props of the same identity mean the same to the page (apart from the permission's answer). */
function sameMeaning(a: ActiveSessionsProps, b: ActiveSessionsProps): boolean {
  return (Object.keys(COMPARED) as Array<keyof ActiveSessionsProps>).every((key) => {
    switch (COMPARED[key]) {
      case 'instance':
        return Object.is(a[key], b[key]);
      case 'value':
        return equalDeep(a[key], b[key]);
      default:
        return true;
    }
  });
}

/** `basePath` as the page uses it: '' for none, else without a trailing `/` (`/console/` → `/console`). */
export const normalizedBasePath = (basePath: string | undefined): string =>
  (basePath ?? '').replace(/\/+$/, '');

/**
 * The handoff for the host's `raw` props. `previous` is the instance's last one (an update): the
 * same user and tenant keep their identity, and props of the same meaning keep the object itself;
 * another user or tenant starts afresh. `preload` starts the first list load now (mount), for a user
 * who may see the page. `navigate` is the instance's one navigation function.
 */
export function handoffFor(
  raw: Record<string, unknown>,
  previous: PageHandoff | null,
  { preload, navigate }: { preload: boolean; navigate: (path: string) => void },
): PageHandoff {
  const language = typeof raw.language === 'string' ? raw.language : undefined;
  const check = checkHostProps(raw);
  if (!check.ok) return { ok: false, problems: check.problems, language };
  const props = check.props;
  const may = allowed(props);
  const before: ReadyHandoff | null = previous?.ok ? previous : null;
  const same = before !== null && sameIdentity(before.props, props);
  if (same && !preload && before.allowed === may && sameMeaning(before.props, props)) return before;
  const services = servicesFor(props.dispatcherClient);
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
          ? before.preloaded
          : null,
    identity: same ? before.identity : ++identities,
    basePath: normalizedBasePath(props.basePath),
    navigate,
  };
}

/** The host's props as last passed, read by the instance's `navigate` at each call. */
interface Latest {
  props: Record<string, unknown>;
}

/** The page's one navigation: the host's latest `navigate`, else single-spa's, else the browser's. */
const navigateWith =
  (latest: Latest) =>
  (path: string): void => {
    const hosts = latest.props.navigate;
    if (typeof hosts === 'function') (hosts as (path: string) => void)(path);
    else defaultNavigate(path);
  };

/** One mounted instance's handoff: the page reads it, `update` replaces it. */
export class MountedInstance extends Store<PageHandoff> {
  private readonly latest: Latest;
  private readonly navigate: (path: string) => void;

  /** Makes the handoff of a mount: props checked, the first list load on its way. */
  constructor(raw: Record<string, unknown>, { preload = true } = {}) {
    const latest: Latest = { props: raw };
    const navigate = navigateWith(latest);
    super(handoffFor(raw, null, { preload, navigate }));
    this.latest = latest;
    this.navigate = navigate;
  }

  /** The host passed props again (single-spa-react's `<Parcel>` does on every render of the host). */
  update(raw: Record<string, unknown>): void {
    this.latest.props = raw;
    this.setState(handoffFor(raw, this.getSnapshot(), { preload: false, navigate: this.navigate }));
  }

  /** The first load, if the page never adopted it (it stops it on its own unmount otherwise). */
  stopPreload(): void {
    const handoff = this.getSnapshot();
    if (handoff.ok) handoff.preloaded?.stop();
  }
}
