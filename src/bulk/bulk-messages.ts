// What a bulk release tells the administrator, from the message catalogs. Each says only what is
// known: an unanswered or refused-as-repeat release may have happened, so it is never called "not
// released".
import type { MessageKey } from '../i18n/en';
import type { I18n } from '../i18n/translate';
import type { BulkItem, BulkRefusal, BulkSnapshot } from './bulk-release';

type T = I18n['t'];

/** Why a bulk release was refused before anything was sent. */
export function bulkRefusalMessage(refusal: BulkRefusal, t: T): string {
  switch (refusal.kind) {
    case 'empty':
      return t('bulkEmpty');
    case 'too-many':
      return t('bulkTooMany', { count: refusal.count, max: refusal.max });
    case 'notes-too-long':
      return t('bulkNotesTooLong', { count: refusal.length - refusal.max, max: refusal.max });
  }
}

/** The progress line for the status region: "7 of 12 released". */
export function bulkProgressText(snapshot: BulkSnapshot, t: T): string {
  return t('bulkProgress', { released: snapshot.counts.released, total: snapshot.total });
}

/** Each outcome that happened, with its count: "2 already unassigned by someone else, 1 ended, 3 failed". */
export function bulkOutcomeSummary(snapshot: BulkSnapshot, t: T, withReleased = true): string {
  const reasons = { alreadyUnassigned: 0, movedOn: 0, noAnswer: 0, keyReused: 0 };
  for (const item of snapshot.items) {
    if (item.status === 'conflict' && item.reason === 'already-unassigned') reasons.alreadyUnassigned++;
    if (item.status === 'conflict' && item.reason !== 'already-unassigned') reasons.movedOn++;
    if (item.status === 'unknown' && item.reason === 'key-reused') reasons.keyReused++;
    if (item.status === 'unknown' && item.reason !== 'key-reused') reasons.noAnswer++;
  }
  const { counts } = snapshot;
  const parts: Array<[number, MessageKey]> = [
    [withReleased ? counts.released : 0, 'bulkOutReleased'],
    [reasons.alreadyUnassigned, 'bulkOutAlreadyUnassigned'],
    [reasons.movedOn, 'bulkOutMovedOn'],
    [counts.gone, 'bulkOutGone'],
    [counts.forbidden, 'bulkOutForbidden'],
    [counts.failed, 'bulkOutFailed'],
    [reasons.noAnswer, 'bulkOutNoAnswer'],
    [reasons.keyReused, 'bulkOutKeyReused'],
    [counts['not-sent'], 'bulkOutNotSent'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, key]) => t(key, { count }))
    .join(', ');
}

/** The whole status: progress while sending, then what came of every session and what can be done. */
export function bulkStatusText(snapshot: BulkSnapshot, t: T): string {
  const progress = bulkProgressText(snapshot, t);
  if (!snapshot.done) {
    return snapshot.stopped
      ? t('bulkStopping', { count: snapshot.counts.sending, progress })
      : t('bulkReleasing', { progress });
  }
  // The progress already counts the released ones: the summary tells only what else happened.
  const summary = bulkOutcomeSummary(snapshot, t, false);
  const sentences = [summary ? t('bulkDone', { progress, summary }) : t('bulkDoneAll', { progress })];
  if (snapshot.stopped === 'forbidden') sentences.push(t('bulkForbiddenStop'));
  if (snapshot.retryable > 0) sentences.push(t('bulkRetryHint', { count: snapshot.retryable }));
  return sentences.join(' ');
}

/** What became of one session, for the list of outcomes. */
export function bulkItemText(item: BulkItem, t: T): string {
  switch (item.status) {
    case 'queued':
      return t('bulkItemQueued');
    case 'sending':
      return t('bulkItemSending');
    case 'not-sent':
      return t('bulkItemNotSent');
    case 'released':
      return t('bulkItemReleased');
    case 'conflict':
      return t(item.reason === 'already-unassigned' ? 'bulkItemAlreadyUnassigned' : 'bulkItemMovedOn');
    case 'gone':
      return t('bulkItemGone');
    case 'forbidden':
      return t('bulkItemForbidden');
    case 'failed':
      return item.httpStatus
        ? t('bulkItemFailedStatus', { status: String(item.httpStatus) })
        : t('bulkItemFailed');
    case 'unknown':
      return t(item.reason === 'key-reused' ? 'bulkItemKeyReused' : 'bulkItemNoAnswer');
  }
}
