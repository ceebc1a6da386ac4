// The console's own pages. The routes are the console's, not the module's: the module links to them.
export const HOME_ROUTE = '/';
export const HANDOFF_INBOX_ROUTE = '/communications/handoff-inbox';
export const CONVERSATION_LOGS_ROUTE = '/communications/logs';
export const CONVERSATION_MENUS_ROUTE = '/communications/menus';
