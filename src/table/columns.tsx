// Typed column definitions: header, sortability and cell of every column the table can show.
import type { ReactNode } from 'react';
import type { NamedRef } from '../contract/dispatcher-api';
import { agentCell, contactCell, heldCell } from './cells';
import type { MessageKey } from '../i18n/en';
import type { I18n } from '../i18n/translate';
import type { Clock } from './clock';
import { ElapsedTime } from './ElapsedTime';
import { StateCell } from './StateCell';
import type { Formatters } from '../session/format';
import type { SessionRow } from '../session/row';
import type { ColumnId } from '../list/view';

export interface CellContext {
  clock: Clock;
  formatters: Formatters;
  i18n: I18n;
  stuckAfterMinutes: number;
  /** Where the Stuck marker goes: beside the time it is about, or in the State cell when that column is hidden. */
  stuckIn: 'held' | 'state';
  /** Shows only the sessions of an agent (the agent's name is then a button). */
  onAgent?: (agent: NamedRef) => void;
}

export interface ColumnDef {
  id: ColumnId;
  header: MessageKey;
  /** Shows the header beside the value when rows are laid out as cards (no header row above them). */
  labelInCards?: boolean;
  cell: (row: SessionRow, context: CellContext) => ReactNode;
}

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'contact', header: 'colContact', cell: contactCell },
  { id: 'channel', header: 'colChannel', cell: (row, { i18n }) => i18n.t(row.channel) },
  {
    id: 'state',
    header: 'colState',
    cell: (row, { clock, i18n, stuckAfterMinutes, stuckIn }) => (
      <StateCell
        row={row}
        clock={clock}
        i18n={i18n}
        stuckAfterMinutes={stuckAfterMinutes}
        marked={stuckIn === 'state'}
      />
    ),
  },
  {
    id: 'startedAt',
    header: 'colStartedAt',
    labelInCards: true,
    cell: (row, { formatters }) => (
      <time dateTime={row.startedAt} title={formatters.dateTimeFull(row.startedAtMs)}>
        {formatters.dateTime(row.startedAtMs)}
      </time>
    ),
  },
  {
    id: 'duration',
    header: 'colDuration',
    labelInCards: true,
    cell: (row, { clock, i18n }) => (
      <ElapsedTime sinceMs={row.startedAtMs} clock={clock} duration={i18n.duration} />
    ),
  },
  { id: 'held', header: 'colHeld', labelInCards: true, cell: heldCell },
  { id: 'agent', header: 'colAgent', labelInCards: true, cell: agentCell },
];
