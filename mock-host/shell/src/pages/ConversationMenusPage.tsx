/** Stands in for the console's menu editor, which the module only links to. */
export function ConversationMenusPage() {
  return (
    <>
      <h1>Conversation Menus</h1>
      <p>
        Configure the menus contacts navigate before reaching a session state. This page is a placeholder in
        the mock console.
      </p>
    </>
  );
}
