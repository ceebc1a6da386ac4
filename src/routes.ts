// Every path this module owns or links to, in one place, so the manifest, the page and the docs agree.

/** The route of the Active Sessions page in the host. */
export const ACTIVE_SESSIONS_ROUTE = '/communications/sessions/active';

/** Pages of the tenant console that the page links to, through the host's `navigate`. */
export const HOST_ROUTES = {
  handoffInbox: '/communications/handoff-inbox',
  conversationLogs: '/communications/logs',
  conversationMenus: '/communications/menus',
} as const;

/** Conversation Logs opened on one session's audit trail. */
export function conversationLogPath(sessionId: string): string {
  return `${HOST_ROUTES.conversationLogs}?session=${encodeURIComponent(sessionId)}`;
}
