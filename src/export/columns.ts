// The columns of the files, named in the page's language: a session of the view, and what became of a
// session of a bulk release. Instants as ISO 8601 (UTC), each beside the text the page shows for it in
// the tenant's time zone.
import type { Formatters } from '../session/format';
import type { SessionRow } from '../session/row';
import type { I18n } from '../i18n/translate';
import type { CsvColumn } from './csv';

/** What the file needs of a bulk release's item (the bulk code's `BulkItem` is one). */
export interface OutcomeItem {
  readonly session: SessionRow;
  readonly key: string;
  readonly status: string;
  readonly httpStatus: number | null;
  readonly code: string | null;
}

/** An outcome with the words the page uses for it. */
export interface OutcomeLine {
  item: OutcomeItem;
  text: string;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

function instant<T>(
  names: [iso: string, shown: string],
  ms: (item: T) => number | null,
  formatters: Formatters,
): CsvColumn<T>[] {
  return [
    { name: names[0], value: (item) => iso(ms(item)) },
    {
      name: names[1],
      value: (item) => {
        const at = ms(item);
        return at === null ? '' : formatters.dateTimeFull(at);
      },
    },
  ];
}

/** Who the session is with: phone, email, Business Partner; and the agent. */
function whoColumns<T>(session: (item: T) => SessionRow, t: I18n['t']): CsvColumn<T>[] {
  return [
    { name: t('csvSession'), value: (item) => session(item).id },
    { name: t('csvPhone'), value: (item) => session(item).phone ?? '' },
    { name: t('csvEmail'), value: (item) => session(item).email ?? '' },
    { name: t('csvPartner'), value: (item) => session(item).businessPartner?.name ?? '' },
    { name: t('csvPartnerId'), value: (item) => session(item).businessPartner?.id ?? '' },
    { name: t('colAgent'), value: (item) => session(item).agent?.name ?? '' },
    { name: t('csvAgentId'), value: (item) => session(item).agent?.id ?? '' },
  ];
}

/** The columns of the view's file. */
export function sessionColumns(i18n: I18n, formatters: Formatters): CsvColumn<SessionRow>[] {
  const { t } = i18n;
  const self = (row: SessionRow) => row;
  return [
    ...whoColumns(self, t),
    { name: t('colChannel'), value: (row) => t(row.channel) },
    { name: t('colState'), value: (row) => t(row.state) },
    ...instant<SessionRow>([t('csvStartedAt'), t('csvStartedAtShown')], (row) => row.startedAtMs, formatters),
    ...instant<SessionRow>(
      [t('csvStateSince'), t('csvStateSinceShown')],
      (row) => row.stateSinceMs,
      formatters,
    ),
    ...instant<SessionRow>(
      [t('csvAgentSince'), t('csvAgentSinceShown')],
      (row) => row.assignedAtMs,
      formatters,
    ),
  ];
}

/** The columns of a bulk release's outcome. */
export function outcomeColumns(i18n: I18n, formatters: Formatters): CsvColumn<OutcomeLine>[] {
  const { t } = i18n;
  return [
    ...whoColumns((line: OutcomeLine) => line.item.session, t),
    ...instant(
      [t('csvStartedAt'), t('csvStartedAtShown')],
      (line: OutcomeLine) => line.item.session.startedAtMs,
      formatters,
    ),
    { name: t('csvOutcome'), value: (line) => line.item.status },
    { name: t('csvOutcomeText'), value: (line) => line.text },
    {
      name: t('csvHttpStatus'),
      value: (line) => (line.item.httpStatus === null ? '' : String(line.item.httpStatus)),
    },
    { name: t('csvErrorCode'), value: (line) => line.item.code ?? '' },
    { name: t('csvKey'), value: (line) => line.item.key },
  ];
}
