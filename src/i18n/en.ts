// English, the module's own language and the base every other catalog falls back to. It ships in the
// page chunk, so the first rows never wait for a catalog. `{name}` is a value the page fills in; a
// message with `one`/`other` forms is chosen by `{count}` through Intl.PluralRules.
import type { ExportKey } from './en-export';
import type { ReleaseKey } from './en-release';
import type { Message, MessageKey as ContractKey } from '../contract/messages';

export const en = {
  heading: 'Active Sessions',
  cannotStart: 'Active Sessions cannot start',
  cannotStartIntro: 'The host passed props this module cannot work with:',
  missingPermission:
    'You need the permission {permission} (Admin) to view active sessions and release stuck ones. Ask a tenant administrator to grant it.',
  stopped: 'Active Sessions stopped',
  stoppedBody:
    'An unexpected error stopped the page. Open it again from the menu; if it keeps happening, tell support.',

  relatedPages: 'Related pages',
  handoffInbox: 'Handoff Inbox',
  conversationLogs: 'Conversation Logs',
  conversationMenus: 'Conversation Menus',

  showSessions: 'Show sessions',
  chipWithAgent: 'With agent',
  chipStuck: 'Stuck',
  chipAll: 'All',
  statesShown: 'States shown',
  allChannels: 'All channels',
  resetFilters: 'Reset filters',
  search: 'Search',
  searchHint: 'Phone, email, partner, agent',
  columns: 'Columns',
  visibleColumns: 'Visible columns',
  refresh: 'Refresh',
  pause: 'Pause auto-refresh',
  resume: 'Resume auto-refresh',
  paused: 'Auto-refresh paused',
  loading: 'Loading…',
  updatedJustNow: 'Updated just now',
  updatedAgo: 'Updated {ago}',

  sessions: 'Sessions',
  caption: 'Sessions that have not ended',
  captionStale: 'Sessions that have not ended (may be out of date)',
  sortBy: 'Sort by',
  actions: 'Actions',
  colContact: 'Phone / Contact',
  colChannel: 'Channel',
  colState: 'State',
  colStartedAt: 'Started At',
  colDuration: 'Duration',
  colHeld: 'In state for',
  colAgent: 'Agent',
  WHATSAPP: 'WhatsApp',
  EMAIL: 'Email',
  OPEN: 'Open',
  ACTIVE: 'Active',
  AWAITING_USER: 'Awaiting user',
  PROCESSING: 'Processing',
  WITH_AGENT: 'With agent',
  unassigned: 'Unassigned',
  noAgent: '—',
  stuck: 'Stuck',
  stuckHint: {
    one: 'With {agent} for over {count} minute',
    other: 'With {agent} for over {count} minutes',
  },
  stuckHintState: {
    one: 'With an agent for over {count} minute, counted from the hand-off: the dispatcher does not say when {agent} took it',
    other:
      'With an agent for over {count} minutes, counted from the hand-off: the dispatcher does not say when {agent} took it',
  },
  stuckHintStart: {
    one: 'Open for over {count} minute: the dispatcher does not say when it was handed to an agent, so it is counted from its start',
    other:
      'Open for over {count} minutes: the dispatcher does not say when it was handed to an agent, so it is counted from its start',
  },
  heldSinceAssignment: 'With {agent} since {since}',
  heldSinceState: 'In this state since {since}',
  heldSinceStart: 'Started {since}; the dispatcher does not say when it entered this state',
  release: 'Release',
  releaseSessionWith: 'Release session with {contact}',
  alreadyUnassigned: 'Already unassigned, waiting in the Handoff Inbox',
  auditTrail: 'Audit trail',
  auditTrailOf: 'Audit trail of session with {contact}',

  loadingSessions: 'Loading sessions…',
  noneWithAgent: 'No sessions with an agent',
  noneActive: 'No active sessions',
  noneStuck: 'No stuck sessions',
  noMatchWithAgent: 'No sessions with an agent match “{query}”.',
  noMatchActive: 'No active sessions match “{query}”.',
  noMatchStuck: 'No stuck sessions match “{query}”.',
  clearSearch: 'Clear search',
  retry: 'Retry',
  rejected: {
    one: '{count} session of this page could not be shown because the dispatcher sent incomplete or invalid data.',
    other:
      '{count} sessions of this page could not be shown because the dispatcher sent incomplete or invalid data.',
  },
  notRefreshed:
    '{what}, so the list could not be refreshed. The rows below are from the last successful load and may be out of date.',
  notLoaded: '{what}, so no sessions could be loaded.',
  retrying: 'It is tried again automatically; you can also press Retry.',
  pressRetry: 'Press Retry to try again.',
  askPermission: 'Ask a tenant administrator for the permission communications.access.',
  notAllowedToList: 'You are not allowed to list sessions',
  notResponding: 'The dispatcher is not responding properly',
  listRefused: 'The dispatcher refused the request for the list',
  noAnswerInTime: 'The dispatcher did not answer in time',
  unreachable: 'The dispatcher could not be reached',
  unreadable: 'The dispatcher sent an answer the page cannot read',
  listCancelled: 'The request for the list was cancelled',

  details: 'Details: {detail}',
  http: 'HTTP {status}',
  httpCode: 'HTTP {status}, {code}',
  timeout: 'no answer in time (timeout)',
  network: 'no connection (network error)',
  format: 'the answer is not in the expected format',
  cancelled: 'the request was cancelled',

  pages: 'Pages of sessions',
  range: '{first}–{last} of {total}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  rowsPerPage: 'Rows per page',

  openHandoffInbox: 'Open the Handoff Inbox',
  selectSession: 'Select session with {contact}',
  selectPage: 'Select every session on this page that can be released',
  agentFilter: 'Agent: {agent}',
  clearAgentFilter: 'Show the sessions of every agent',
  showAgent: 'Show only the sessions of {agent}',
  agentsHeading: 'Agents holding sessions',
  agentsLongest: 'Longest with them',
  selectAgentSessions: { one: 'Select the {count} session', other: 'Select all {count}' },
  showAllAgents: 'Show all {count} agents',
  showFewerAgents: 'Show fewer agents',
  changesSeen: { one: '{count} session changed.', other: '{count} sessions changed.' },
  changesNew: { one: '{count} new session', other: '{count} new sessions' },
  changesLeft: { one: '{count} no longer in this view', other: '{count} no longer in this view' },
  changesMoved: 'a new order',
  changesWaiting: 'Changes waiting: {changes}.',
  showChanges: 'Show',
  rowChanged: 'Updated',
  choiceDropped: {
    one: '{count} chosen session can no longer be released and was taken out of the choice.',
    other: '{count} chosen sessions can no longer be released and were taken out of the choice.',
  },

  pageUpdated: 'This page was updated. Reload to continue.',
  languageNotLoaded:
    'This page was updated and its {language} words could not be loaded, so it is shown in English. Reload to continue in {language}.',
  reload: 'Reload',
  exportCsv: 'Export CSV',
} satisfies Record<string, Message>;

/** The page's own messages, always there with its language. */
export type CoreKey = keyof typeof en;

/**
 * Every message the page shows, by key: its own, and those of releasing and of exporting (each fetched
 * with its code).
 */
export type MessageKey = ContractKey;

// The contract lists every key a host may override: the catalogs and the list must name the same keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const keysAgree: Same<CoreKey | ReleaseKey | ExportKey, ContractKey> = true;
void keysAgree;

/** A whole catalog of the page's own messages. Shipped languages give one, so a missing translation fails the type check. */
export type Catalog = Record<CoreKey, Message>;
