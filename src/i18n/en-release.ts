// English words of releasing, single and bulk. They come with the code that releases, fetched when an
// administrator first reaches for Release or a session's box, not with the page's first rows.
import type { Message } from '../contract/messages';

export const enRelease = {
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
  releaseGoesOn: 'You can close this dialog: the release goes on, and its outcome is told on the page.',

  released: 'Released: the session with {contact} went back to the Handoff Inbox as Unassigned.',
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
  selected: { one: '{count} session selected', other: '{count} sessions selected' },
  selectAllMatching: {
    one: 'Select the {count} matching session',
    other: 'Select all {count} matching sessions',
  },
  selectingAllMatching: 'Selecting all matching sessions…',
  allMatchingChosen: {
    one: 'Of the {matching} matching sessions, {count} can be released: it is chosen.',
    other: 'Of the {matching} matching sessions, {count} can be released: those are chosen.',
  },
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
  bulkSendRest: { one: 'Send the 1 not sent', other: 'Send the {count} not sent' },
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
  bulkDoneAll: '{progress}.',
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
  exportOutcome: 'Export outcome (CSV)',
} satisfies Record<string, Message>;

/** Every message of releasing, by key. */
export type ReleaseKey = keyof typeof enRelease;

/** A whole catalog of releasing: shipped languages give one, so a missing translation fails the type check. */
export type ReleaseCatalog = Record<ReleaseKey, Message>;
