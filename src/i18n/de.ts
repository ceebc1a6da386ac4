// German. Its own chunk, fetched only for a German page (see languages.ts). Complete: the type
// check fails when a message of the English catalog has no German counterpart.
import type { Catalog } from './en';

export const de: Catalog = {
  heading: 'Aktive Sitzungen',
  cannotStart: 'Aktive Sitzungen kann nicht starten',
  cannotStartIntro: 'Die Konsole hat Eigenschaften übergeben, mit denen dieses Modul nicht arbeiten kann:',
  missingPermission:
    'Sie benötigen die Berechtigung {permission} (Admin), um aktive Sitzungen zu sehen und festhängende freizugeben. Bitten Sie die Administration Ihres Mandanten, sie Ihnen zu erteilen.',
  stopped: 'Aktive Sitzungen wurde angehalten',
  stoppedBody:
    'Ein unerwarteter Fehler hat die Seite angehalten. Öffnen Sie sie erneut über das Menü; wenn das wieder passiert, wenden Sie sich an den Support.',

  relatedPages: 'Verwandte Seiten',
  handoffInbox: 'Übergabe-Eingang',
  conversationLogs: 'Gesprächsprotokolle',
  conversationMenus: 'Gesprächsmenüs',

  showSessions: 'Sitzungen anzeigen',
  chipWithAgent: 'Beim Agenten',
  chipStuck: 'Hängt',
  chipAll: 'Alle',
  search: 'Suche',
  searchHint: 'Telefon, E-Mail oder Partnername',
  columns: 'Spalten',
  visibleColumns: 'Sichtbare Spalten',
  refresh: 'Aktualisieren',
  pause: 'Auto-Aktualisierung anhalten',
  resume: 'Auto-Aktualisierung fortsetzen',
  paused: 'Auto-Aktualisierung angehalten',
  loading: 'Wird geladen …',
  updatedJustNow: 'Gerade aktualisiert',
  updatedAgo: 'Aktualisiert {ago}',

  sessions: 'Sitzungen',
  caption: 'Sitzungen, die noch nicht beendet sind',
  captionStale: 'Sitzungen, die noch nicht beendet sind (möglicherweise veraltet)',
  sortBy: 'Sortieren nach',
  actions: 'Aktionen',
  colContact: 'Telefon / Kontakt',
  colChannel: 'Kanal',
  colState: 'Status',
  colStartedAt: 'Begonnen am',
  colDuration: 'Dauer',
  colAgent: 'Agent',
  WHATSAPP: 'WhatsApp',
  EMAIL: 'E-Mail',
  OPEN: 'Offen',
  ACTIVE: 'Aktiv',
  AWAITING_USER: 'Wartet auf Kontakt',
  PROCESSING: 'In Bearbeitung',
  WITH_AGENT: 'Beim Agenten',
  unassigned: 'Nicht zugewiesen',
  noAgent: '—',
  stuck: 'Hängt',
  stuckHint: {
    one: 'Seit über {count} Minute beim Agenten',
    other: 'Seit über {count} Minuten beim Agenten',
  },
  release: 'Freigeben',
  releaseSessionWith: 'Sitzung mit {contact} freigeben',
  alreadyUnassigned: 'Bereits nicht zugewiesen, wartet im Übergabe-Eingang',
  auditTrail: 'Verlauf',
  auditTrailOf: 'Verlauf der Sitzung mit {contact}',

  loadingSessions: 'Sitzungen werden geladen …',
  noneWithAgent: 'Keine Sitzungen beim Agenten',
  noneActive: 'Keine aktiven Sitzungen',
  noneStuck: 'Keine hängenden Sitzungen',
  noMatchWithAgent: 'Keine Sitzung beim Agenten passt zu „{query}“.',
  noMatchActive: 'Keine aktive Sitzung passt zu „{query}“.',
  noMatchStuck: 'Keine hängende Sitzung passt zu „{query}“.',
  clearSearch: 'Suche löschen',
  retry: 'Erneut versuchen',
  rejected: {
    one: '{count} Sitzung dieser Seite kann nicht angezeigt werden, weil der Dispatcher unvollständige oder ungültige Daten gesendet hat.',
    other:
      '{count} Sitzungen dieser Seite können nicht angezeigt werden, weil der Dispatcher unvollständige oder ungültige Daten gesendet hat.',
  },
  notRefreshed:
    '{what}, daher konnte die Liste nicht aktualisiert werden. Die Zeilen unten stammen vom letzten erfolgreichen Laden und sind möglicherweise veraltet.',
  notLoaded: '{what}, daher konnten keine Sitzungen geladen werden.',
  retrying: 'Es wird automatisch erneut versucht; Sie können auch auf „Erneut versuchen“ klicken.',
  pressRetry: 'Klicken Sie auf „Erneut versuchen“, um es noch einmal zu versuchen.',
  askPermission: 'Bitten Sie die Administration Ihres Mandanten um die Berechtigung communications.access.',
  notAllowedToList: 'Sie dürfen keine Sitzungen auflisten',
  notResponding: 'Der Dispatcher antwortet nicht ordnungsgemäß',
  listRefused: 'Der Dispatcher hat die Anfrage nach der Liste abgelehnt',
  noAnswerInTime: 'Der Dispatcher hat nicht rechtzeitig geantwortet',
  unreachable: 'Der Dispatcher ist nicht erreichbar',
  unreadable: 'Der Dispatcher hat eine Antwort gesendet, die die Seite nicht lesen kann',
  listCancelled: 'Die Anfrage nach der Liste wurde abgebrochen',

  details: 'Details: {detail}',
  http: 'HTTP {status}',
  httpCode: 'HTTP {status}, {code}',
  timeout: 'keine Antwort in der vorgesehenen Zeit (Zeitüberschreitung)',
  network: 'keine Verbindung (Netzwerkfehler)',
  format: 'die Antwort hat nicht das erwartete Format',
  cancelled: 'die Anfrage wurde abgebrochen',

  pages: 'Seiten der Sitzungsliste',
  range: '{first}–{last} von {total}',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  rowsPerPage: 'Zeilen pro Seite',

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

  released: 'Freigegeben: Die Sitzung mit {contact} ist als „Nicht zugewiesen“ zurück im Übergabe-Eingang.',
  openHandoffInbox: 'Übergabe-Eingang öffnen',
  releaseUnknown:
    'Keine Antwort vom Dispatcher, daher ist offen, ob die Sitzung freigegeben wurde. Ein neuer Versuch sendet dieselbe Anfrage noch einmal: Die Sitzung kann dadurch nicht zweimal freigegeben werden.',
  releasedBySomeoneElse:
    'Diese Sitzung wurde bereits von jemand anderem freigegeben: Sie wartet als „Nicht zugewiesen“ im Übergabe-Eingang. Die Zeile zeigt jetzt ihre aktuellen Daten.',
  noLongerWithAgent:
    'Diese Sitzung ist nicht mehr beim Agenten, daher gibt es nichts freizugeben. Die Zeile zeigt jetzt ihre aktuellen Daten.',
  sessionGone:
    'Diese Sitzung ist beendet oder existiert nicht mehr, daher wurde sie nicht freigegeben. Sie wurde aus der Liste entfernt.',
  notAllowedToRelease:
    'Es wurde nichts freigegeben: Sie dürfen keine Sitzungen freigeben (Ihnen fehlt die Berechtigung communications.access). Bitten Sie die Administration Ihres Mandanten, sie Ihnen zu erteilen.',
  releaseInvalid: 'Es wurde nichts freigegeben: Der Dispatcher hat die Anfrage als ungültig abgelehnt.',
  releaseNotConfirmed:
    '{what}, daher ist offen, ob die Sitzung freigegeben wurde. Ein neuer Versuch sendet dieselbe Anfrage mit denselben Notizen noch einmal: Die Sitzung kann dadurch nicht zweimal freigegeben werden.',
  releaseKeyReused:
    'Der Dispatcher hat bereits eine frühere Freigabe-Anfrage für diese Sitzung verzeichnet, sie ist also möglicherweise schon freigegeben. Die Liste wurde neu geladen und zeigt sie, wie sie jetzt ist.',
  releaseProblemOf: 'Freigabe der Sitzung mit {contact}: {message}',
  requestRefused: 'Der Dispatcher hat die Anfrage abgelehnt',
};
