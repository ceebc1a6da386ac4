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
