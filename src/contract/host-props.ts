import type { AxiosInstance } from 'axios';

/** single-spa custom props a host passes to `./app` (at registration, and again through `update`). */
export interface ActiveSessionsProps {
  /**
   * The host's own dispatcher API client: baseURL at the dispatcher API, interceptors adding auth
   * and tenant. The module sends every request through it and never reads its headers.
   * Pass a new instance (or a new `hasPermission`) for another tenant or user: the page starts afresh.
   */
  dispatcherClient: AxiosInstance;
  /** Whether the signed-in user holds a permission, e.g. `communications.access`. */
  hasPermission: (permission: string) => boolean;
  /** Client-side navigation of the host; default: single-spa's `navigateToUrl` (from `window.singleSpaNavigate`). */
  navigate?: (path: string) => void;
  /** BCP 47 locale for dates and numbers; default: the browser's. */
  locale?: string;
  /** IANA time zone for dates; default: the browser's. */
  timeZone?: string;
  /** Where to mount; default: a `single-spa-application:<name>` container the module creates and removes. */
  domElement?: HTMLElement;
  /** Minutes WITH_AGENT after which a session is marked stuck; default 30. */
  stuckAfterMinutes?: number;
}

/** Outcome of checking the props a host passed. */
export type PropsCheck = { ok: true; props: ActiveSessionsProps } | { ok: false; problems: string[] };

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === 'function';

function checkLocale(value: unknown): string | null {
  if (typeof value !== 'string') return 'locale must be a BCP 47 string such as "en-GB"';
  try {
    Intl.getCanonicalLocales(value);
    return null;
  } catch {
    // The value is never echoed: messages reach the console, and a prop may carry anything.
    return 'locale is not a valid BCP 47 tag such as "en-GB"';
  }
}

function checkTimeZone(value: unknown): string | null {
  if (typeof value !== 'string') return 'timeZone must be an IANA name such as "Europe/Berlin"';
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return null;
  } catch {
    return 'timeZone is not a known IANA time zone such as "Europe/Berlin"';
  }
}

/** Checks the custom props at mount and update; every problem is listed, so a host fixes them at once. */
export function checkHostProps(input: unknown): PropsCheck {
  const props = (input ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const client = props.dispatcherClient as Record<string, unknown> | undefined;
  if (client == null) {
    problems.push('dispatcherClient is missing: pass the host’s axios instance for the dispatcher API');
  } else if (!isFunction(client) && typeof client !== 'object') {
    problems.push('dispatcherClient must be an axios instance');
  } else if (!isFunction(client.get) || !isFunction(client.post)) {
    problems.push('dispatcherClient must be an axios instance (get and post are missing)');
  }
  if (!isFunction(props.hasPermission)) {
    problems.push('hasPermission is missing: pass (permission: string) => boolean');
  }
  if (props.navigate !== undefined && !isFunction(props.navigate)) {
    problems.push('navigate must be a function (path: string) => void');
  }
  if (props.locale !== undefined) {
    const problem = checkLocale(props.locale);
    if (problem) problems.push(problem);
  }
  if (props.timeZone !== undefined) {
    const problem = checkTimeZone(props.timeZone);
    if (problem) problems.push(problem);
  }
  if (props.domElement !== undefined && !(props.domElement instanceof HTMLElement)) {
    problems.push('domElement must be an HTMLElement');
  }
  const stuck = props.stuckAfterMinutes;
  if (stuck !== undefined && !(typeof stuck === 'number' && Number.isFinite(stuck) && stuck > 0)) {
    problems.push('stuckAfterMinutes must be a positive number of minutes');
  }
  return problems.length
    ? { ok: false, problems }
    : { ok: true, props: props as unknown as ActiveSessionsProps };
}
