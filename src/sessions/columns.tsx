// Typed column definitions: header, sortability and cell of every column the table can show.
import type { ReactNode } from 'react';
import type { Clock } from './clock';
import { DurationCell } from './DurationCell';
import type { Formatters } from './format';
import { contactLabel, type SessionRow } from './model';
import { StateBadge } from './StateBadge';
import { CHANNEL_LABELS } from './states';
import styles from './table.module.css';
import type { ColumnId } from './view';

export interface CellContext {
  clock: Clock;
  formatters: Formatters;
  stuckAfterMinutes: number;
}

export interface ColumnDef {
  id: ColumnId;
  header: string;
  /** Shows the header beside the value when rows are laid out as cards (no header row above them). */
  labelInCards?: boolean;
  cell: (row: SessionRow, context: CellContext) => ReactNode;
}

export const COLUMNS: readonly ColumnDef[] = [
  {
    id: 'contact',
    header: 'Phone / Contact',
    // Each name is cut with an ellipsis where it does not fit (never broken mid-word); `title` holds it whole.
    cell: (row) => (
      <span className={styles.contactFit}>
        <span className={styles.contactLine}>
          <span className={styles.contact} title={contactLabel(row)}>
            {contactLabel(row)}
          </span>
          {row.businessPartner && (
            <span className={styles.partner} title={row.businessPartner.name}>
              {row.businessPartner.name}
            </span>
          )}
        </span>
      </span>
    ),
  },
  { id: 'channel', header: 'Channel', cell: (row) => CHANNEL_LABELS[row.channel] },
  { id: 'state', header: 'State', cell: (row) => <StateBadge state={row.state} /> },
  {
    id: 'startedAt',
    header: 'Started At',
    labelInCards: true,
    cell: (row, { formatters }) => (
      <time dateTime={row.startedAt} title={formatters.dateTimeFull(row.startedAtMs)}>
        {formatters.dateTime(row.startedAtMs)}
      </time>
    ),
  },
  {
    id: 'duration',
    header: 'Duration',
    labelInCards: true,
    cell: (row, { clock, stuckAfterMinutes }) => (
      <DurationCell row={row} clock={clock} stuckAfterMinutes={stuckAfterMinutes} />
    ),
  },
  {
    id: 'agent',
    header: 'Agent',
    labelInCards: true,
    cell: (row) =>
      row.agent ? (
        <span className={styles.agent}>{row.agent.name}</span>
      ) : row.state === 'WITH_AGENT' ? (
        <em className={styles.unassigned}>Unassigned</em>
      ) : (
        '—'
      ),
  },
];
