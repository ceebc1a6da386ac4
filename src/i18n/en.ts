// English, the module's own language and the base every other catalog falls back to. It ships in the
// page chunk, so the first rows never wait for a catalog. `{name}` is a value the page fills in; a
// message with `one`/`other` forms is chosen by `{count}` through Intl.PluralRules.
import type { Message } from './message';

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
  search: 'Search',
  searchHint: 'Phone, email or partner name',
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
    one: 'With an agent for over {count} minute',
    other: 'With an agent for over {count} minutes',
  },
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

  releaseSession: 'Release session',
  withPartner: ' ({partner})',
  withAgent: ', with {agent}',
  startedAt: ', started {startedAt}.',
  releaseExplained:
    'The session goes back to the Handoff Inbox as Unassigned. The notes are kept on its audit trail.',
  notes: 'Notes',
  notesHint: 'Why is it released? For example: agent off-shift',
  characters: '{length} / {max} characters',
  tooManyCharacters: {
    one: '{count} character too many: notes can have at most {max}.',
    other: '{count} characters too many: notes can have at most {max}.',
  },
  cancel: 'Cancel',
  confirmRelease: 'Release',
  releasing: 'Releasing…',

  released: 'Released: the session with {contact} went back to the Handoff Inbox as Unassigned.',
  openHandoffInbox: 'Open the Handoff Inbox',
  releaseUnknown:
    'No answer from the dispatcher, so the session may or may not have been released. Retry sends the same request again: it cannot release the session twice.',
  releasedBySomeoneElse:
    'This session was already released by someone else: it is waiting in the Handoff Inbox as Unassigned. The row now shows its current data.',
  noLongerWithAgent:
    'This session is no longer with an agent, so there is nothing to release. The row now shows its current data.',
  sessionGone: 'This session has ended or no longer exists, so it was not released. It has left the list.',
  notAllowedToRelease:
    'Nothing was released: you are not allowed to release sessions (the permission communications.access is missing). Ask a tenant administrator to grant it.',
  releaseInvalid: 'Nothing was released: the dispatcher refused the request as invalid.',
  releaseNotConfirmed:
    '{what}, so it is not known whether the session was released. Retry sends the same request again, with the same notes: it cannot release the session twice.',
  releaseKeyReused:
    'The dispatcher already has an earlier release request for this session on record, so it may already be released. The list has been reloaded to show it as it is now.',
  releaseProblemOf: 'Release of the session with {contact}: {message}',
  requestRefused: 'The dispatcher refused the request',

  selectSession: 'Select session with {contact}',
  selectPage: 'Select every session on this page that can be released',
  selected: { one: '{count} session selected', other: '{count} sessions selected' },
  selectAllMatching: {
    one: 'Select the {count} matching session',
    other: 'Select all {count} matching sessions',
  },
  selectingAllMatching: 'Selecting all matching sessions…',
  tooManyMatching:
    '{count} sessions match: one bulk release takes at most {max}. Narrow the filter (for example to one agent) to choose them all.',
  clearSelection: 'Clear selection',
  releaseSelected: { one: 'Release {count} session', other: 'Release {count} sessions' },
  bulkAgent: '{agent} ({count})',
  bulkAgents: 'With {agents}.',
  bulkExplained:
    'Each goes back to the Handoff Inbox as Unassigned, oldest first, one request per session. The notes are kept on the audit trail of each.',
  bulkList: 'Sessions to release, oldest first',
  bulkItemStarted: 'started {startedAt}',
  stop: 'Stop',
  close: 'Close',
  retryFailed: 'Retry failed',
  showDetails: 'Show details',
  dismiss: 'Dismiss',
  bulkLeft:
    'You left the page during a bulk release: nothing new was sent after that, and the releases already on their way finished.',
  bulkEmpty: 'Choose at least one session to release.',
  bulkTooMany:
    '{count} sessions are chosen, but one bulk release takes at most {max}. Narrow the filter or choose fewer. Nothing was sent.',
  bulkNotesTooLong: {
    one: 'The notes are {count} character too long: they can have at most {max}. Nothing was sent.',
    other: 'The notes are {count} characters too long: they can have at most {max}. Nothing was sent.',
  },
  bulkProgress: '{released} of {total} released',
  bulkReleasing: 'Releasing… {progress}.',
  bulkStopping: {
    one: 'Stopping: {count} still on its way. {progress}.',
    other: 'Stopping: {count} still on their way. {progress}.',
  },
  bulkDone: '{progress}: {summary}.',
  bulkForbiddenStop:
    'You are not allowed to release sessions (the permission communications.access is missing), so no more were sent.',
  bulkRetryHint: {
    one: 'Retry failed sends that one again with the same request: it cannot be released twice.',
    other: 'Retry failed sends those {count} again with the same requests: none can be released twice.',
  },
  bulkOutReleased: '{count} released',
  bulkOutAlreadyUnassigned: '{count} already unassigned by someone else',
  bulkOutMovedOn: '{count} no longer with an agent',
  bulkOutGone: '{count} ended',
  bulkOutForbidden: '{count} not allowed',
  bulkOutFailed: '{count} failed',
  bulkOutNoAnswer: '{count} without an answer (may or may not be released)',
  bulkOutKeyReused: '{count} refused as a repeat (may have been released earlier)',
  bulkOutNotSent: '{count} not sent',
  bulkItemQueued: 'Waiting',
  bulkItemSending: 'Releasing…',
  bulkItemNotSent: 'Not sent',
  bulkItemReleased: 'Released: waiting in the Handoff Inbox as Unassigned',
  bulkItemAlreadyUnassigned: 'Already unassigned: someone else released it',
  bulkItemMovedOn: 'No longer with an agent: nothing to release',
  bulkItemGone: 'Ended: nothing to release',
  bulkItemForbidden: 'Not allowed: releasing needs the permission communications.access',
  bulkItemFailed: 'The dispatcher answered with an error',
  bulkItemFailedStatus: 'The dispatcher answered with an error (HTTP {status})',
  bulkItemNoAnswer: 'No answer: it may or may not have been released',
  bulkItemKeyReused:
    'Refused as a repeat of an earlier request: it may have been released then. Its audit trail tells.',
  bulkOutcomes: 'What became of each session',

  agentFilter: 'Agent: {agent}',
  clearAgentFilter: 'Show the sessions of every agent',
  showAgent: 'Show only the sessions of {agent}',
} satisfies Record<string, Message>;

/** Every message the page shows, by key. */
export type MessageKey = keyof typeof en;

/** A whole catalog: every key. Shipped languages give one, so a missing translation fails the type check. */
export type Catalog = Record<MessageKey, Message>;
