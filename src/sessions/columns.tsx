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
  cell: (row: SessionRow, context: CellContext) => ReactNode;
}

export const COLUMNS: readonly ColumnDef[] = [
  {
    id: 'contact',
    header: 'Phone / Contact',
    cell: (row) => (
      <>
        <span className={styles.contact}>{contactLabel(row)}</span>
        {row.businessPartner && <span className={styles.partner}>{row.businessPartner.name}</span>}
      </>
    ),
  },
  { id: 'channel', header: 'Channel', cell: (row) => CHANNEL_LABELS[row.channel] },
  { id: 'state', header: 'State', cell: (row) => <StateBadge state={row.state} /> },
  {
    id: 'startedAt',
    header: 'Started At',
    cell: (row, { formatters }) => (
      <time dateTime={row.startedAt} title={formatters.dateTimeFull(row.startedAtMs)}>
        {formatters.dateTime(row.startedAtMs)}
      </time>
    ),
  },
  {
    id: 'duration',
    header: 'Duration',
    cell: (row, { clock, stuckAfterMinutes }) => (
      <DurationCell row={row} clock={clock} stuckAfterMinutes={stuckAfterMinutes} />
    ),
  },
  {
    id: 'agent',
    header: 'Agent',
    cell: (row) =>
      row.agent ? (
        row.agent.name
      ) : row.state === 'WITH_AGENT' ? (
        <em className={styles.unassigned}>Unassigned</em>
      ) : (
        '—'
      ),
  },
];
