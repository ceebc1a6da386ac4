/** The console's landing page. */
export function HomePage() {
  return (
    <>
      <h1>Tenant console</h1>
      <p>Pick a page in the menu. Use the User and Tenant switches to see the console as someone else.</p>
    </>
  );
}
