// The bundler adds the module's <link rel="stylesheet"> when its chunks load and never removes it.
// Unmount takes them out of the document, so nothing of ours styles the host afterwards; mount puts
// the same elements back (the browser has them cached).

/** Removes the stylesheets served from `publicPath` and returns them, to be restored on the next mount. */
export function detachStylesheets(publicPath: string, root: ParentNode = document): HTMLLinkElement[] {
  if (!publicPath) return [];
  const links = Array.from(root.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).filter((link) =>
    link.href.startsWith(publicPath),
  );
  for (const link of links) link.remove();
  return links;
}

/** Puts detached stylesheets back and resolves once they apply, so the page never flashes unstyled. */
export function restoreStylesheets(links: HTMLLinkElement[]): Promise<void> {
  const pending = links
    .filter((link) => !link.isConnected)
    .map((link) => {
      const applied = new Promise<void>((resolve) => {
        // The same element comes back at every mount: leave no listener on it, whichever event came.
        const done = () => {
          clearTimeout(timer);
          link.removeEventListener('load', done);
          link.removeEventListener('error', done);
          resolve();
        };
        // A cached sheet may apply without a new load event in some browsers: never wait long.
        const timer = setTimeout(done, 1_000);
        link.addEventListener('load', done);
        link.addEventListener('error', done);
      });
      document.head.appendChild(link);
      return applied;
    });
  return Promise.all(pending).then(() => undefined);
}
