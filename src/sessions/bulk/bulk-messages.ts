// Every word a bulk release shows the administrator, in English, in one place, so they can move into
// message catalogs as they are. Each says only what is known: an unanswered or refused-as-repeat
// release may have happened, so it is never called "not released".
import type { BulkItem, BulkRefusal, BulkSnapshot } from './bulk-release';

/** Formats a count for the user's locale; English digits by default. */
export type FormatNumber = (value: number) => string;

const english: FormatNumber = (value) => value.toLocaleString('en');

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** Why a bulk release was refused before anything was sent. */
export function bulkRefusalMessage(refusal: BulkRefusal, n: FormatNumber = english): string {
  switch (refusal.kind) {
    case 'empty':
      return 'Choose at least one session to release.';
    case 'too-many':
      return `${n(refusal.count)} sessions are chosen, but one bulk release takes at most ${n(refusal.max)}. Narrow the filter or choose fewer. Nothing was sent.`;
    case 'notes-too-long': {
      const over = refusal.length - refusal.max;
      return `The note is ${n(over)} ${plural(over, 'character', 'characters')} too long: it can have at most ${n(refusal.max)}. Nothing was sent.`;
    }
  }
}

/** The progress line for the status region: "7 of 12 released". */
export function bulkProgressText(snapshot: BulkSnapshot, n: FormatNumber = english): string {
  return `${n(snapshot.counts.released)} of ${n(snapshot.total)} released`;
}

/** Each outcome that happened, with its count: "2 already unassigned, 1 ended, 3 failed". */
export function bulkOutcomeSummary(snapshot: BulkSnapshot, n: FormatNumber = english): string {
  const reasons = { alreadyUnassigned: 0, movedOn: 0, noAnswer: 0, keyReused: 0 };
  for (const item of snapshot.items) {
    if (item.status === 'conflict' && item.reason === 'already-unassigned') reasons.alreadyUnassigned++;
    if (item.status === 'conflict' && item.reason !== 'already-unassigned') reasons.movedOn++;
    if (item.status === 'unknown' && item.reason === 'key-reused') reasons.keyReused++;
    if (item.status === 'unknown' && item.reason !== 'key-reused') reasons.noAnswer++;
  }
  const { counts } = snapshot;
  const parts: Array<[number, string]> = [
    [counts.released, 'released'],
    [reasons.alreadyUnassigned, 'already unassigned by someone else'],
    [reasons.movedOn, 'no longer with an agent'],
    [counts.gone, 'ended'],
    [counts.forbidden, 'not allowed'],
    [counts.failed, 'failed'],
    [reasons.noAnswer, 'without an answer (may or may not be released)'],
    [reasons.keyReused, 'refused as a repeat (may have been released earlier)'],
    [counts['not-sent'], 'not sent'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${n(count)} ${label}`)
    .join(', ');
}

/** The whole status: progress while sending, then what came of every session and what can be done. */
export function bulkStatusText(snapshot: BulkSnapshot, n: FormatNumber = english): string {
  const progress = bulkProgressText(snapshot, n);
  const { counts } = snapshot;
  if (!snapshot.done) {
    if (snapshot.stopped) {
      return `Stopping: ${n(counts.sending)} still on ${plural(counts.sending, 'its', 'their')} way. ${progress}.`;
    }
    return `Releasing… ${progress}.`;
  }
  const sentences = [`${progress}: ${bulkOutcomeSummary(snapshot, n)}.`];
  if (snapshot.stopped === 'forbidden') {
    sentences.push(
      'You are not allowed to release sessions (the permission communications.access is missing), so no more were sent.',
    );
  }
  if (snapshot.retryable > 0) {
    sentences.push(
      `Retry failed sends ${plural(snapshot.retryable, 'that one', `those ${n(snapshot.retryable)}`)} again with the same requests: none can be released twice.`,
    );
  }
  return sentences.join(' ');
}

/** What became of one session, for the list of outcomes. */
export function bulkItemText(item: BulkItem): string {
  switch (item.status) {
    case 'queued':
      return 'Waiting';
    case 'sending':
      return 'Releasing…';
    case 'not-sent':
      return 'Not sent';
    case 'released':
      return 'Released: waiting in the Handoff Inbox as Unassigned';
    case 'conflict':
      return item.reason === 'already-unassigned'
        ? 'Already unassigned: someone else released it'
        : 'No longer with an agent: nothing to release';
    case 'gone':
      return 'Ended: nothing to release';
    case 'forbidden':
      return 'Not allowed: releasing needs the permission communications.access';
    case 'failed':
      return item.httpStatus
        ? `The dispatcher answered with an error (HTTP ${item.httpStatus})`
        : 'The dispatcher answered with an error';
    case 'unknown':
      return item.reason === 'key-reused'
        ? 'Refused as a repeat of an earlier request: it may have been released then. Its audit trail tells.'
        : 'No answer: it may or may not have been released';
  }
}
