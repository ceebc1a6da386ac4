// German words of exporting: a chunk of its own, fetched with the export code for a German page only.
// Complete: the type check fails when an English message of exporting has no German one.
import type { ExportCatalog } from './en-export';

export const deExport: ExportCatalog = {
  exportProgress: 'Export läuft … {done} von {total} Sitzungen',
  exportProgressOpen: 'Export läuft … {done} Sitzungen',
  exportProgressLabel: 'Fortschritt des Exports',
  exportCancel: 'Abbrechen',
  exportCapped: {
    one: 'Diese Ansicht hat {count} Sitzung; ein Export umfasst höchstens {max}: Die ersten {max} werden exportiert.',
    other:
      'Diese Ansicht hat {count} Sitzungen; ein Export umfasst höchstens {max}: Die ersten {max} werden exportiert.',
  },
  exportDone: {
    one: '{count} Sitzung nach {file} exportiert.',
    other: '{count} Sitzungen nach {file} exportiert.',
  },
  exportRejected: {
    one: '{count} Sitzung wurde ausgelassen, weil der Dispatcher unvollständige oder ungültige Daten gesendet hat.',
    other:
      '{count} Sitzungen wurden ausgelassen, weil der Dispatcher unvollständige oder ungültige Daten gesendet hat.',
  },
  exportFailed:
    '{what}, daher wurde der Export nach {done} Sitzungen angehalten. Es wurde nichts heruntergeladen. „Erneut versuchen“ setzt dort fort, wo er angehalten hat.',
  exportCancelled: 'Export abgebrochen. Es wurde nichts heruntergeladen.',

  csvSession: 'Sitzungs-ID',
  csvPhone: 'Telefon',
  csvEmail: 'E-Mail',
  csvPartner: 'Geschäftspartner',
  csvPartnerId: 'Geschäftspartner-ID',
  csvAgentId: 'Agenten-ID',
  csvStartedAt: 'Begonnen am (ISO 8601)',
  csvStartedAtShown: 'Begonnen am (Zeitzone des Mandanten)',
  csvStateSince: 'Im Status seit (ISO 8601)',
  csvStateSinceShown: 'Im Status seit (Zeitzone des Mandanten)',
  csvAgentSince: 'Beim Agenten seit (ISO 8601)',
  csvAgentSinceShown: 'Beim Agenten seit (Zeitzone des Mandanten)',
  csvOutcome: 'Ergebnis',
  csvOutcomeText: 'Was aus ihr wurde',
  csvHttpStatus: 'HTTP-Status',
  csvErrorCode: 'Fehlercode',
  csvKey: 'Idempotenzschlüssel',
};
