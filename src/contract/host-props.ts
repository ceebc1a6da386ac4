import type { AxiosInstance } from 'axios';
import type { SessionsChangedEvent } from './dispatcher-api';
import { isMessage, type Message, type MessageKey } from './messages';

/**
 * Messages a host adds or overrides, by BCP 47 language tag: `{ fr: { 'heading': 'Sessions actives' } }`
 * adds French, `{ en: { 'heading': 'Live sessions' } }` changes an English one. Each message is a
 * string with `{name}` placeholders, or plural forms (`{ one, other }`, chosen by `{count}`); keys are those
 * of MessageKey; a key not given falls back to the module's own.
 */
export type ActiveSessionsMessages = Readonly<Record<string, Readonly<Partial<Record<MessageKey, Message>>>>>;

/** single-spa custom props a host passes to `./app` (at registration, and again through `update`). */
export interface ActiveSessionsProps {
  /**
   * The host's own dispatcher API client: baseURL at the dispatcher API, interceptors adding auth
   * and tenant. The module sends every request through it and never reads its headers.
   * Another instance means another tenant or user: the page starts afresh, and nothing of the
   * previous one survives. Pass the same instance for as long as the user and tenant stay the same.
   */
  dispatcherClient: AxiosInstance;
  /**
   * Whether the signed-in user holds a permission, e.g. `communications.access`. Asked at mount and
   * at every update: a new function (an inline arrow on each render) is not another user, only
   * another answer changes what the page shows (the page, or the missing-permission panel).
   */
  hasPermission: (permission: string) => boolean;
  /**
   * Client-side navigation of the host; default: single-spa's `navigateToUrl` (from
   * `window.singleSpaNavigate`). It always receives a full path from the origin, `basePath`
   * included: a host page the page links to (`/console/communications/handoff-inbox`), and the
   * page's own pathname with its new query when the administrator changes the view
   * (`/console/communications/sessions/active?view=all`). Pass it on to the router as it is. The
   * latest function is used: a new one on each render is fine.
   */
  navigate?: (path: string) => void;
  /**
   * The path the console is served under, e.g. `/console` (a trailing `/` is dropped); default none.
   * Every link the page draws and every path it passes to `navigate` lies under it.
   */
  basePath?: string;
  /**
   * Who is signed in where, e.g. `${tenant}:${user}`, for a host that keeps one `dispatcherClient`
   * across users or tenants: another value starts the page afresh, as another client does. Never
   * shown, sent or logged.
   */
  identity?: string;
  /** BCP 47 tag of the language the page speaks (its words); default English. Shipped: `en`, `de`. */
  language?: string;
  /** Messages that add a language or override shipped ones (see ActiveSessionsMessages). */
  messages?: ActiveSessionsMessages;
  /** BCP 47 locale for dates and numbers, apart from `language`; default: the browser's. */
  locale?: string;
  /** IANA time zone for dates; default: the browser's. */
  timeZone?: string;
  /** Where to mount; default: a `single-spa-application:<name>` container the module creates and removes. */
  domElement?: HTMLElement;
  /** Minutes an agent may hold a session before it is marked stuck; default 30. */
  stuckAfterMinutes?: number;
  /**
   * The host's feed of the dispatcher's changes, if it has one: called once per mount with a listener
   * for `SessionsChangedEvent`s, returns the unsubscribe. The page then refreshes on its events and
   * asks the dispatcher itself only once a minute; without it, the page asks every 5 s while visible.
   */
  subscribe?: (listener: (event: SessionsChangedEvent) => void) => () => void;
}

/** Outcome of checking the props a host passed. */
export type PropsCheck = { ok: true; props: ActiveSessionsProps } | { ok: false; problems: string[] };

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === 'function';

/** A BCP 47 tag, such as `example`; the value is never echoed: messages reach the console. */
function checkTag(prop: string, value: unknown, example: string): string | null {
  if (typeof value !== 'string') return `${prop} must be a BCP 47 string such as "${example}"`;
  try {
    Intl.getCanonicalLocales(value);
    return null;
  } catch {
    return `${prop} is not a valid BCP 47 tag such as "${example}"`;
  }
}

const checkLanguage = (value: unknown) => checkTag('language', value, 'de');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkMessages(value: unknown): string | null {
  const ok =
    isPlainObject(value) &&
    Object.entries(value).every(
      ([tag, catalog]) =>
        !checkLanguage(tag) && isPlainObject(catalog) && Object.values(catalog).every(isMessage),
    );
  // Neither a tag nor a text is echoed: they could be anything.
  return ok
    ? null
    : 'messages must map BCP 47 language tags to messages: strings, or plural forms with "other"';
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

/**
 * A path from the origin: one leading `/`, segments of URL path characters, no `.` or `..` segment,
 * no query or fragment. The value is never echoed.
 */
function checkBasePath(value: unknown): string | null {
  const ok =
    typeof value === 'string' &&
    (value === '' ||
      (/^(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]+)*\/?$/.test(value) &&
        !value.split('/').some((segment) => segment === '.' || segment === '..')));
  return ok
    ? null
    : 'basePath must be the path the console is served under, such as "/console": starting with "/", without "?", "#", spaces or ".." segments';
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
  if (props.basePath !== undefined) {
    const problem = checkBasePath(props.basePath);
    if (problem) problems.push(problem);
  }
  if (props.identity !== undefined && typeof props.identity !== 'string') {
    problems.push('identity must be a string, such as "<tenant>:<user>"');
  }
  if (props.language !== undefined) {
    const problem = checkLanguage(props.language);
    if (problem) problems.push(problem);
  }
  if (props.messages !== undefined) {
    const problem = checkMessages(props.messages);
    if (problem) problems.push(problem);
  }
  if (props.locale !== undefined) {
    const problem = checkTag('locale', props.locale, 'en-GB');
    if (problem) problems.push(problem);
  }
  if (props.timeZone !== undefined) {
    const problem = checkTimeZone(props.timeZone);
    if (problem) problems.push(problem);
  }
  if (props.domElement !== undefined && !(props.domElement instanceof HTMLElement)) {
    problems.push('domElement must be an HTMLElement');
  }
  if (props.subscribe !== undefined && !isFunction(props.subscribe)) {
    problems.push('subscribe must be a function (listener) => unsubscribe');
  }
  const stuck = props.stuckAfterMinutes;
  if (stuck !== undefined && !(typeof stuck === 'number' && Number.isFinite(stuck) && stuck > 0)) {
    problems.push('stuckAfterMinutes must be a positive number of minutes');
  }
  return problems.length
    ? { ok: false, problems }
    : { ok: true, props: props as unknown as ActiveSessionsProps };
}
