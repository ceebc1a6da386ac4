import { checkShellConfig, type ShellConfig } from './runtime-config';

export type LoadedConfig = { ok: true; config: ShellConfig } | { ok: false; problem: string };

/** Fetches /config.json from the console's own origin; never throws, so the console starts regardless. */
export async function loadShellConfig(url = '/config.json'): Promise<LoadedConfig> {
  try {
    const response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, problem: `${url} answered ${response.status}` };
    const checked = checkShellConfig(await response.json());
    return checked.ok ? checked : { ok: false, problem: checked.problems.join('; ') };
  } catch (error) {
    return {
      ok: false,
      problem: `${url} could not be read (${error instanceof Error ? error.message : error})`,
    };
  }
}
