// A chunk that fails to load is asked for again: a bundler's chunk loading forgets a failed chunk, so
// the next `import()` fetches it anew. A short wait between tries rides out a server that answered 503
// for a moment; a file that is gone (a new release purged it) fails every try, and the caller tells
// the administrator to reload.

/** The waits before the second and third try. */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1_500];

/** Resolves after `ms`. */
export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `load`, tried again after each of `delays` while it fails; rejects with the last failure. */
export function retried<T>(load: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS) {
  return async (): Promise<T> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await load();
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined) throw error;
        await wait(delay);
      }
    }
  };
}
