// Run-time settings (latency, clock skew, faults per route and per released session), their defaults and the checking of a
// patch sent to the control endpoint. Types only are shared with the control client.

/** The API routes, as counted in the stats and targeted by faults. */
export const API_ROUTES = ['list', 'get', 'audit', 'release', 'agents'] as const;

export type ApiRoute = (typeof API_ROUTES)[number];

/**
 * What a faulty route does instead of answering normally. `times` limits how many requests it
 * affects; then it clears itself. Without `times` it stays until changed or reset.
 * - `status`: answers that status with a JSON error body, does nothing else.
 * - `not-json`: answers 200 with an HTML page, as a login proxy or gateway would.
 * - `drop`: destroys the connection without answering.
 * - `hang`: never answers (until reset or close, when the connection is destroyed).
 * - `act-then-drop`: does the work (a release is performed), then destroys the connection.
 * - `act-then-hang`: does the work, then never answers (the client's timeout ends the request).
 * - `delay`: answers normally after `ms` more milliseconds.
 * - `hold`: waits, before the work, until the control endpoint lets held requests go (then answers
 *   normally), or until reset or close (then the connection is destroyed). Tests use it to have
 *   requests in flight together, however slowly the machine sends them.
 */
export type Fault =
  | { mode: 'status'; status: number; times?: number }
  | { mode: 'not-json'; times?: number }
  | { mode: 'drop'; times?: number }
  | { mode: 'hang'; times?: number }
  | { mode: 'act-then-drop'; times?: number }
  | { mode: 'act-then-hang'; times?: number }
  | { mode: 'delay'; ms: number; times?: number }
  | { mode: 'hold'; times?: number };

export type FaultMode = Fault['mode'];

export interface SimulatorSettings {
  /** Added before every API answer. */
  latencyMs: number;
  /** Added to the server's clock in `serverTime` and in new audit entries. */
  clockOffsetMs: number;
  faults: Partial<Record<ApiRoute, Fault>>;
  /**
   * Faults of the release of one session, by session id (in any tenant). They win over
   * `faults.release`, so chosen sessions of a bulk release can fail while the others go through.
   */
  releaseFaults: Record<string, Fault>;
}

/**
 * A change of settings: fields given replace the current ones; a fault set to null is cleared.
 * `releaseFaults` merges by session id (a session set to null is cleared); null clears them all.
 */
export interface SettingsPatch {
  latencyMs?: number;
  clockOffsetMs?: number;
  faults?: Partial<Record<ApiRoute, Fault | null>>;
  releaseFaults?: Record<string, Fault | null> | null;
}

/** Most sessions that can have a release fault at once, and the longest id taken. */
const MAX_RELEASE_FAULTS = 1000;
const MAX_SESSION_ID_LENGTH = 200;

// Without a prototype, so a session id such as `__proto__` or `constructor` is only ever a key.
const noFaults = (): Record<string, Fault> => Object.create(null) as Record<string, Fault>;

export function defaultSettings(): SimulatorSettings {
  return { latencyMs: 0, clockOffsetMs: 0, faults: {}, releaseFaults: noFaults() };
}

export function copySettings(settings: SimulatorSettings): SimulatorSettings {
  const faults: SimulatorSettings['faults'] = {};
  for (const route of API_ROUTES) {
    const fault = settings.faults[route];
    if (fault) faults[route] = { ...fault };
  }
  const releaseFaults = noFaults();
  for (const [id, fault] of Object.entries(settings.releaseFaults)) releaseFaults[id] = { ...fault };
  return { latencyMs: settings.latencyMs, clockOffsetMs: settings.clockOffsetMs, faults, releaseFaults };
}

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const DAY_MS = 24 * 3600 * 1000;

function checkFault(route: string, input: unknown): Checked<Fault | null> {
  if (input === null) return { ok: true, value: null };
  if (!isRecord(input)) return { ok: false, message: `faults.${route} must be an object or null` };
  const { mode, times } = input;
  if (times !== undefined && !isWhole(times, 1, 1_000_000)) {
    return { ok: false, message: `faults.${route}.times must be a whole number from 1` };
  }
  const limit = times === undefined ? {} : { times };
  switch (mode) {
    case 'status':
      if (!isWhole(input.status, 100, 599)) {
        return { ok: false, message: `faults.${route}.status must be an HTTP status` };
      }
      return { ok: true, value: { mode, status: input.status, ...limit } };
    case 'delay':
      if (!isWhole(input.ms, 0, 10 * 60_000)) {
        return { ok: false, message: `faults.${route}.ms must be 0–600000` };
      }
      return { ok: true, value: { mode, ms: input.ms, ...limit } };
    case 'not-json':
    case 'drop':
    case 'hang':
    case 'act-then-drop':
    case 'act-then-hang':
    case 'hold':
      return { ok: true, value: { mode, ...limit } };
    default:
      return { ok: false, message: `faults.${route}.mode is unknown: ${String(mode)}` };
  }
}

/** The settings after a patch, or why the patch is refused (then nothing changes). */
export function applyPatch(current: SimulatorSettings, patch: unknown): Checked<SimulatorSettings> {
  if (!isRecord(patch)) return { ok: false, message: 'settings must be a JSON object' };
  const next = copySettings(current);
  for (const key of Object.keys(patch)) {
    if (key !== 'latencyMs' && key !== 'clockOffsetMs' && key !== 'faults' && key !== 'releaseFaults') {
      return { ok: false, message: `unknown setting: ${key}` };
    }
  }
  if (patch.latencyMs !== undefined) {
    if (!isWhole(patch.latencyMs, 0, 60_000)) return { ok: false, message: 'latencyMs must be 0–60000' };
    next.latencyMs = patch.latencyMs;
  }
  if (patch.clockOffsetMs !== undefined) {
    if (!isWhole(patch.clockOffsetMs, -365 * DAY_MS, 365 * DAY_MS)) {
      return { ok: false, message: 'clockOffsetMs must be whole milliseconds within a year' };
    }
    next.clockOffsetMs = patch.clockOffsetMs;
  }
  if (patch.faults !== undefined) {
    if (!isRecord(patch.faults)) return { ok: false, message: 'faults must be an object' };
    for (const [route, input] of Object.entries(patch.faults)) {
      if (!(API_ROUTES as readonly string[]).includes(route)) {
        return { ok: false, message: `unknown route for a fault: ${route}` };
      }
      const checked = checkFault(route, input);
      if (!checked.ok) return checked;
      if (checked.value) next.faults[route as ApiRoute] = checked.value;
      else delete next.faults[route as ApiRoute];
    }
  }
  if (patch.releaseFaults === null) next.releaseFaults = noFaults();
  else if (patch.releaseFaults !== undefined) {
    if (!isRecord(patch.releaseFaults))
      return { ok: false, message: 'releaseFaults must be an object or null' };
    for (const [id, input] of Object.entries(patch.releaseFaults)) {
      if (id === '' || id.length > MAX_SESSION_ID_LENGTH) {
        return {
          ok: false,
          message: `releaseFaults: a session id must have 1–${MAX_SESSION_ID_LENGTH} characters`,
        };
      }
      const checked = checkFault(`releaseFaults.${id}`, input);
      if (!checked.ok) return checked;
      if (checked.value) next.releaseFaults[id] = checked.value;
      else delete next.releaseFaults[id];
    }
    if (Object.keys(next.releaseFaults).length > MAX_RELEASE_FAULTS) {
      return { ok: false, message: `releaseFaults: at most ${MAX_RELEASE_FAULTS} sessions at once` };
    }
  }
  return { ok: true, value: next };
}

/** Takes one use of a fault off its `times`; the last use removes it. */
function use<K extends string>(faults: Partial<Record<K, Fault>>, key: K): Fault | undefined {
  const fault: Fault | undefined = faults[key];
  if (!fault) return undefined;
  if (fault.times !== undefined) {
    if (fault.times <= 1) delete faults[key];
    else faults[key] = { ...fault, times: fault.times - 1 };
  }
  return fault;
}

/**
 * The fault a request of this route meets, counting it against `times`: for a release, the
 * session's own fault first, else the route's.
 */
export function takeFault(settings: SimulatorSettings, route: ApiRoute, id?: string): Fault | undefined {
  if (route === 'release' && id !== undefined && Object.hasOwn(settings.releaseFaults, id)) {
    return use(settings.releaseFaults, id);
  }
  return use(settings.faults, route);
}
