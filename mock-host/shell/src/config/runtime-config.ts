// The console's run-time configuration, served as /config.json by whatever serves the console.
// Pure data and checks: the browser reads it and the node servers write it.

/** What /config.json holds. */
export interface ShellConfig {
  /** Module Federation remotes: container name → URL of its mf-manifest.json. */
  remotes: Record<string, string>;
  /** Base URL of the dispatcher API, ending in `/`; the console's own client and every module's use it. */
  dispatcherBaseUrl: string;
  /** Tenants the Tenant switch offers; default DEFAULT_TENANTS. */
  tenants?: string[];
  /** BCP 47 locale passed to modules; default the browser's. */
  locale?: string;
  /** IANA time zone passed to modules; default the browser's. */
  timeZone?: string;
  /**
   * Timeout of the console's dispatcher client in ms (its axios `timeout`), default
   * DEFAULT_DISPATCHER_TIMEOUT_MS; 0 sets none, so modules fall back to their own.
   */
  dispatcherTimeoutMs?: number;
  /**
   * Whether the console passes modules a `subscribe` to its change feed (the dispatcher's event
   * stream); default true. Off, modules find changes by asking the dispatcher themselves.
   */
  changeFeed?: boolean;
}

/** The console client's timeout when config.json names none. */
export const DEFAULT_DISPATCHER_TIMEOUT_MS = 10_000;

/** The simulator's tenants: two ordinary ones and `evil`, whose every free-text field is hostile markup. */
export const DEFAULT_TENANTS = ['acme', 'globex', 'evil'] as const;

/** Outcome of checking a config.json body. */
export type ConfigCheck = { ok: true; config: ShellConfig } | { ok: false; problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isAbsoluteUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Checks a parsed config.json; every problem is listed so the person editing it fixes them at once. */
export function checkShellConfig(input: unknown): ConfigCheck {
  if (!isRecord(input)) return { ok: false, problems: ['config.json must hold a JSON object'] };
  const problems: string[] = [];
  const remotes: Record<string, string> = {};
  if (!isRecord(input.remotes)) {
    problems.push('remotes must map each remote name to the URL of its mf-manifest.json');
  } else {
    for (const [name, url] of Object.entries(input.remotes)) {
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) problems.push(`remote name "${name}" is not a container name`);
      else if (!isAbsoluteUrl(url)) problems.push(`remotes.${name} must be an absolute http(s) URL`);
      else remotes[name] = url;
    }
  }
  const base = input.dispatcherBaseUrl;
  if (!isAbsoluteUrl(base) || !base.endsWith('/')) {
    problems.push('dispatcherBaseUrl must be an absolute http(s) URL ending in "/"');
  }
  const tenants = input.tenants;
  if (
    tenants !== undefined &&
    !(Array.isArray(tenants) && tenants.length > 0 && tenants.every((t) => typeof t === 'string' && t !== ''))
  ) {
    problems.push('tenants must be a non-empty list of tenant ids');
  }
  for (const key of ['locale', 'timeZone'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') problems.push(`${key} must be a string`);
  }
  const timeout = input.dispatcherTimeoutMs;
  if (
    timeout !== undefined &&
    !(typeof timeout === 'number' && Number.isInteger(timeout) && timeout >= 0 && timeout <= 600_000)
  ) {
    problems.push('dispatcherTimeoutMs must be whole milliseconds from 0 (no timeout) to 600000');
  }
  if (input.changeFeed !== undefined && typeof input.changeFeed !== 'boolean') {
    problems.push('changeFeed must be true or false');
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    config: {
      remotes,
      dispatcherBaseUrl: base as string,
      ...(tenants ? { tenants: tenants as string[] } : {}),
      ...(typeof input.locale === 'string' ? { locale: input.locale } : {}),
      ...(typeof input.timeZone === 'string' ? { timeZone: input.timeZone } : {}),
      ...(typeof timeout === 'number' ? { dispatcherTimeoutMs: timeout } : {}),
      ...(typeof input.changeFeed === 'boolean' ? { changeFeed: input.changeFeed } : {}),
    },
  };
}

/** Where the servers point the console: the remote's origin and the dispatcher API. */
export interface ShellConfigTargets {
  remoteUrl: string;
  /**
   * The remote's manifest file. Default its slim entry's (`mf-manifest.slim.json`): the console runs the
   * federation runtime and provides it. A development server builds the full entry only.
   */
  manifestFile?: string;
  dispatcherBaseUrl: string;
  tenants?: string[];
}

/** The config.json the mock servers hand out for a remote and a dispatcher. */
export function buildShellConfig({
  remoteUrl,
  manifestFile = 'mf-manifest.slim.json',
  dispatcherBaseUrl,
  tenants,
}: ShellConfigTargets): ShellConfig {
  return {
    remotes: { active_sessions: new URL(manifestFile, withSlash(remoteUrl)).href },
    dispatcherBaseUrl: withSlash(dispatcherBaseUrl),
    ...(tenants ? { tenants } : {}),
  };
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
