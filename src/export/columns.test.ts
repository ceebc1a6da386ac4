// The cells an auditor reads for each column: what the dispatcher did not say is an empty cell, never
// a placeholder, and every instant is there twice (ISO 8601, and as the page shows it).
import type { Message } from '../contract/messages';
import { en, type MessageKey } from '../i18n/en';
import { enExport } from '../i18n/en-export';
import { createI18n } from '../i18n/translate';
import { createFormatters } from '../session/format';
import type { SessionRow } from '../session/row';
import type { CsvColumn } from './csv';
import { type OutcomeLine, outcomeColumns, sessionColumns } from './columns';

const all = { ...en, ...enExport } as Record<MessageKey, Message>;
const i18n = createI18n({ language: 'en', lookup: (key: MessageKey) => all[key] });
const formatters = createFormatters('en-GB', 'UTC');
const STARTED = Date.UTC(2026, 11, 7, 9, 30);

const cells = <T>(columns: CsvColumn<T>[], item: T) =>
  Object.fromEntries(columns.map((column) => [column.name, column.value(item)]));

const bare: SessionRow = {
  id: 's-1',
  channel: 'EMAIL',
  state: 'AWAITING_USER',
  startedAt: new Date(STARTED).toISOString(),
  startedAtMs: STARTED,
  email: 'jo@example.test',
  businessPartner: null,
  agent: null,
  stateSinceMs: null,
  assignedAtMs: null,
};
const { email: _email, ...withoutEmail } = bare;
const full: SessionRow = {
  ...withoutEmail,
  id: 's-2',
  channel: 'WHATSAPP',
  state: 'WITH_AGENT',
  phone: '+49 30 1234567',
  businessPartner: { id: 'bp-7', name: 'Müller GmbH' },
  agent: { id: 'a-3', name: 'Sam Agent' },
  stateSinceMs: STARTED + 60_000,
  assignedAtMs: STARTED + 120_000,
};

describe('the columns of the view file', () => {
  it('leaves a cell empty for what the dispatcher did not say', () => {
    expect(cells(sessionColumns(i18n, formatters), bare)).toEqual({
      'Session ID': 's-1',
      Phone: '',
      Email: 'jo@example.test',
      'Business Partner': '',
      'Business Partner ID': '',
      Agent: '',
      'Agent ID': '',
      Channel: 'Email',
      State: 'Awaiting user',
      'Started At (ISO 8601)': '2026-12-07T09:30:00.000Z',
      'Started At (tenant time zone)': formatters.dateTimeFull(STARTED),
      'In state since (ISO 8601)': '',
      'In state since (tenant time zone)': '',
      'With agent since (ISO 8601)': '',
      'With agent since (tenant time zone)': '',
    });
  });

  it('writes every field a session has, each instant as ISO 8601 and as shown', () => {
    const row = cells(sessionColumns(i18n, formatters), full);
    expect(row).toMatchObject({
      Phone: '+49 30 1234567',
      Email: '',
      'Business Partner': 'Müller GmbH',
      'Business Partner ID': 'bp-7',
      Agent: 'Sam Agent',
      'Agent ID': 'a-3',
      'In state since (ISO 8601)': '2026-12-07T09:31:00.000Z',
      'In state since (tenant time zone)': formatters.dateTimeFull(STARTED + 60_000),
      'With agent since (ISO 8601)': '2026-12-07T09:32:00.000Z',
      'With agent since (tenant time zone)': formatters.dateTimeFull(STARTED + 120_000),
    });
    expect(row['Started At (tenant time zone)']).toMatch(/2026/);
  });
});

describe('the columns of a bulk release outcome', () => {
  const line = (httpStatus: number | null, code: string | null): OutcomeLine => ({
    item: { session: full, key: 'k-1', status: 'failed', httpStatus, code },
    text: 'Not released',
  });

  it('gives the HTTP status and error code when there was an answer, and empty cells when there was none', () => {
    const columns = outcomeColumns(i18n, formatters);
    expect(cells(columns, line(409, 'ALREADY_RELEASED'))).toMatchObject({
      'Session ID': 's-2',
      Agent: 'Sam Agent',
      Outcome: 'failed',
      'What became of it': 'Not released',
      'HTTP status': '409',
      'Error code': 'ALREADY_RELEASED',
      'Idempotency key': 'k-1',
    });
    expect(cells(columns, line(null, null))).toMatchObject({ 'HTTP status': '', 'Error code': '' });
  });
});
