/** Shown for a URL no page owns. */
export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>No page of the console lives at this address.</p>
    </>
  );
}

/** Shown when the signed-in user lacks the page's permission. */
export function ForbiddenPage({ title }: { title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>You do not have permission to view this page.</p>
    </>
  );
}

/** Shown for a URL no console page owns while a module's routes are unknown because it failed to load. */
export function UnavailablePage() {
  return (
    <>
      <h1>Page unavailable</h1>
      <p>
        This address may belong to a module that could not be loaded. Retry, or pick another page in the menu.
      </p>
    </>
  );
}
