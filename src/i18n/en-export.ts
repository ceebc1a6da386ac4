// English words of exporting: the progress, what an export came to, and the CSV's column names. They
// come with the export code, fetched when an administrator first asks for an export.
import type { Message } from '../contract/messages';

export const enExport = {
  exportProgress: 'Exporting… {done} of {total} sessions',
  exportProgressOpen: 'Exporting… {done} sessions',
  exportProgressLabel: 'Export progress',
  exportCancel: 'Cancel',
  exportCapped: {
    one: 'This view has {count} session; an export takes at most {max}: the first {max} are exported.',
    other: 'This view has {count} sessions; an export takes at most {max}: the first {max} are exported.',
  },
  exportDone: {
    one: '{count} session exported to {file}.',
    other: '{count} sessions exported to {file}.',
  },
  exportRejected: {
    one: '{count} session was left out because the dispatcher sent incomplete or invalid data.',
    other: '{count} sessions were left out because the dispatcher sent incomplete or invalid data.',
  },
  exportFailed:
    '{what}, so the export stopped after {done} sessions. Nothing was downloaded. Retry goes on where it stopped.',
  exportCancelled: 'Export cancelled. Nothing was downloaded.',

  csvSession: 'Session ID',
  csvPhone: 'Phone',
  csvEmail: 'Email',
  csvPartner: 'Business Partner',
  csvPartnerId: 'Business Partner ID',
  csvAgentId: 'Agent ID',
  csvStartedAt: 'Started At (ISO 8601)',
  csvStartedAtShown: 'Started At (tenant time zone)',
  csvStateSince: 'In state since (ISO 8601)',
  csvStateSinceShown: 'In state since (tenant time zone)',
  csvAgentSince: 'With agent since (ISO 8601)',
  csvAgentSinceShown: 'With agent since (tenant time zone)',
  csvOutcome: 'Outcome',
  csvOutcomeText: 'What became of it',
  csvHttpStatus: 'HTTP status',
  csvErrorCode: 'Error code',
  csvKey: 'Idempotency key',
} satisfies Record<string, Message>;

/** Every message of exporting, by key. */
export type ExportKey = keyof typeof enExport;

/** A whole catalog of exporting: shipped languages give one, so a missing translation fails the type check. */
export type ExportCatalog = Record<ExportKey, Message>;
