// Hands a file to the browser's downloads: a temporary object URL on a link with `download`, clicked
// inside the module's own element (never the host's document), then taken away again.

/**
 * How long the object URL outlives the click. The browser reads the file after the click's task, and
 * some (older Firefox, Safari) fail a download whose URL is revoked at once; the memory it holds is
 * freed when it is revoked.
 */
export const REVOKE_AFTER_MS = 10_000;

/** A file name of `name` and the day of `nowMs` (UTC, as ISO 8601 writes it): `active-sessions-all-2026-12-02.csv`. */
export function fileName(name: string, nowMs: number): string {
  return `${name}-${new Date(nowMs).toISOString().slice(0, 10)}.csv`;
}

/** Downloads `blob` as `name`, through a link put in `parent` for the click. */
export function download(blob: Blob, name: string, parent: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // The click is the module's own: a host that routes link clicks on its document must not see it.
  link.addEventListener('click', (event) => event.stopPropagation());
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
