// German words of releasing, single and bulk: a chunk of its own, fetched with the release code for a
// German page only. Complete: the type check fails when an English message of releasing has no German one.
import type { ReleaseCatalog } from './en-release';

export const deRelease: ReleaseCatalog = {
  releaseSession: 'Sitzung freigeben',
  withPartner: ' ({partner})',
  withAgent: ', bei {agent}',
  startedAt: ', begonnen am {startedAt}.',
  releaseExplained:
    'Die Sitzung geht als „Nicht zugewiesen“ zurück in den Übergabe-Eingang. Die Notizen bleiben in ihrem Verlauf erhalten.',
  notes: 'Notizen',
  notesHint: 'Warum wird sie freigegeben? Zum Beispiel: Agent hat Feierabend',
  characters: '{length} / {max} Zeichen',
  tooManyCharacters: {
    one: '{count} Zeichen zu viel: Notizen dürfen höchstens {max} Zeichen lang sein.',
    other: '{count} Zeichen zu viel: Notizen dürfen höchstens {max} Zeichen lang sein.',
  },
  cancel: 'Abbrechen',
  confirmRelease: 'Freigeben',
  releasing: 'Wird freigegeben …',
  releaseGoesOn:
    'Sie können diesen Dialog schließen: Die Freigabe läuft weiter, und ihr Ergebnis erscheint auf der Seite.',

  released: 'Freigegeben: Die Sitzung mit {contact} ist als „Nicht zugewiesen“ zurück im Übergabe-Eingang.',
  releaseUnknown:
    'Keine Antwort vom Dispatcher, daher ist offen, ob die Sitzung freigegeben wurde. Ein neuer Versuch sendet dieselbe Anfrage noch einmal: Die Sitzung kann dadurch nicht zweimal freigegeben werden.',
  releasedBySomeoneElse:
    'Diese Sitzung wurde bereits von jemand anderem freigegeben und wartet als „Nicht zugewiesen“ im Übergabe-Eingang. Die Zeile zeigt jetzt ihre aktuellen Daten.',
  noLongerWithAgent:
    'Diese Sitzung ist nicht mehr beim Agenten, daher gibt es nichts freizugeben. Die Zeile zeigt jetzt ihre aktuellen Daten.',
  sessionGone:
    'Diese Sitzung ist beendet oder existiert nicht mehr, daher wurde sie nicht freigegeben und aus der Liste entfernt.',
  notAllowedToRelease:
    'Es wurde nichts freigegeben: Sie dürfen keine Sitzungen freigeben (Ihnen fehlt die Berechtigung communications.access). Bitten Sie die Administration Ihres Mandanten, sie Ihnen zu erteilen.',
  releaseInvalid: 'Es wurde nichts freigegeben: Der Dispatcher hat die Anfrage als ungültig abgelehnt.',
  releaseNotConfirmed:
    '{what}, daher ist offen, ob die Sitzung freigegeben wurde. Ein neuer Versuch sendet dieselbe Anfrage mit denselben Notizen noch einmal: Die Sitzung kann dadurch nicht zweimal freigegeben werden.',
  releaseKeyReused:
    'Der Dispatcher hat bereits eine frühere Freigabe-Anfrage für diese Sitzung verzeichnet, sie ist also möglicherweise schon freigegeben. Die Liste wurde neu geladen und zeigt sie, wie sie jetzt ist.',
  releaseProblemOf: 'Freigabe der Sitzung mit {contact}: {message}',
  selected: { one: '{count} Sitzung ausgewählt', other: '{count} Sitzungen ausgewählt' },
  selectAllMatching: {
    one: 'Die {count} passende Sitzung auswählen',
    other: 'Alle {count} passenden Sitzungen auswählen',
  },
  selectingAllMatching: 'Alle passenden Sitzungen werden ausgewählt …',
  allMatchingChosen: {
    one: 'Von den {matching} passenden Sitzungen kann {count} freigegeben werden; sie ist ausgewählt.',
    other: 'Von den {matching} passenden Sitzungen können {count} freigegeben werden; diese sind ausgewählt.',
  },
  tooManyMatching:
    '{count} Sitzungen passen: Eine Sammelfreigabe umfasst höchstens {max}. Grenzen Sie den Filter ein (zum Beispiel auf einen Agenten), um alle auszuwählen.',
  clearSelection: 'Auswahl aufheben',
  releaseSelected: { one: '{count} Sitzung freigeben', other: '{count} Sitzungen freigeben' },
  bulkAgent: '{agent} ({count})',
  bulkAgents: 'Bei {agents}.',
  bulkExplained:
    'Jede geht als „Nicht zugewiesen“ zurück in den Übergabe-Eingang, die älteste zuerst, eine Anfrage pro Sitzung. Die Notizen bleiben im Verlauf jeder Sitzung erhalten.',
  bulkList: 'Freizugebende Sitzungen, die älteste zuerst',
  bulkItemStarted: 'begonnen am {startedAt}',
  stop: 'Anhalten',
  close: 'Schließen',
  bulkSendRest: { one: 'Die 1 nicht gesendete senden', other: 'Die {count} nicht gesendeten senden' },
  retryFailed: 'Fehlgeschlagene erneut senden',
  showDetails: 'Details anzeigen',
  dismiss: 'Ausblenden',
  bulkLeft:
    'Sie haben die Seite während einer Sammelfreigabe verlassen: Danach wurde nichts Neues gesendet, die bereits laufenden Freigaben wurden abgeschlossen.',
  bulkEmpty: 'Wählen Sie mindestens eine Sitzung zum Freigeben aus.',
  bulkTooMany:
    '{count} Sitzungen sind ausgewählt, eine Sammelfreigabe umfasst aber höchstens {max}. Grenzen Sie den Filter ein oder wählen Sie weniger aus. Es wurde nichts gesendet.',
  bulkNotesTooLong: {
    one: 'Die Notizen sind {count} Zeichen zu lang (erlaubt sind höchstens {max} Zeichen). Es wurde nichts gesendet.',
    other:
      'Die Notizen sind {count} Zeichen zu lang (erlaubt sind höchstens {max} Zeichen). Es wurde nichts gesendet.',
  },
  bulkProgress: '{released} von {total} freigegeben',
  bulkReleasing: 'Wird freigegeben … {progress}.',
  bulkStopping: {
    one: 'Wird angehalten: {count} ist noch unterwegs. {progress}.',
    other: 'Wird angehalten: {count} sind noch unterwegs. {progress}.',
  },
  bulkDone: '{progress}: {summary}.',
  bulkDoneAll: '{progress}.',
  bulkForbiddenStop:
    'Sie dürfen keine Sitzungen freigeben (Ihnen fehlt die Berechtigung communications.access), daher wurden keine weiteren gesendet.',
  bulkRetryHint: {
    one: '„Fehlgeschlagene erneut senden“ sendet diese eine mit derselben Anfrage noch einmal; sie kann nicht zweimal freigegeben werden.',
    other:
      '„Fehlgeschlagene erneut senden“ sendet diese {count} mit denselben Anfragen noch einmal: Keine kann zweimal freigegeben werden.',
  },
  bulkOutReleased: '{count} freigegeben',
  bulkOutAlreadyUnassigned: '{count} bereits von jemand anderem freigegeben',
  bulkOutMovedOn: '{count} nicht mehr beim Agenten',
  bulkOutGone: '{count} beendet',
  bulkOutForbidden: '{count} nicht erlaubt',
  bulkOutFailed: '{count} fehlgeschlagen',
  bulkOutNoAnswer: '{count} ohne Antwort (möglicherweise freigegeben)',
  bulkOutKeyReused: '{count} als Wiederholung abgelehnt (möglicherweise früher freigegeben)',
  bulkOutNotSent: '{count} nicht gesendet',
  bulkItemQueued: 'Wartet',
  bulkItemSending: 'Wird freigegeben …',
  bulkItemNotSent: 'Nicht gesendet',
  bulkItemReleased: 'Freigegeben: wartet als „Nicht zugewiesen“ im Übergabe-Eingang',
  bulkItemAlreadyUnassigned: 'Bereits nicht zugewiesen: jemand anderes hat sie freigegeben',
  bulkItemMovedOn: 'Nicht mehr beim Agenten: nichts freizugeben',
  bulkItemGone: 'Beendet: nichts freizugeben',
  bulkItemForbidden: 'Nicht erlaubt: Freigeben erfordert die Berechtigung communications.access',
  bulkItemFailed: 'Der Dispatcher hat mit einem Fehler geantwortet',
  bulkItemFailedStatus: 'Der Dispatcher hat mit einem Fehler geantwortet (HTTP {status})',
  bulkItemNoAnswer: 'Keine Antwort: möglicherweise freigegeben, möglicherweise nicht',
  bulkItemKeyReused:
    'Als Wiederholung einer früheren Anfrage abgelehnt; die Sitzung wurde damals möglicherweise freigegeben. Ihr Verlauf gibt Auskunft.',
  bulkOutcomes: 'Was aus jeder Sitzung wurde',
  exportOutcome: 'Ergebnis als CSV exportieren',
};
