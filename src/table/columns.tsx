// Typed column definitions: header, sortability and cell of every column the table can show.
import type { ReactNode } from 'react';
import type { NamedRef } from '../contract/dispatcher-api';
import type { MessageKey } from '../i18n/en';
import type { I18n } from '../i18n/translate';
import type { Clock } from './clock';
import { ElapsedTime } from './ElapsedTime';
import { StateCell } from './StateCell';
import { StuckMarker } from './StuckMarker';
import type { Formatters } from '../session/format';
import { contactLabel } from '../session/display';
import { heldSince } from '../session/rules';
import type { SessionRow } from '../session/row';
import styles from './table.module.css';
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

/** An agent's name, which shows only that agent's sessions when pressed. */
function AgentButton(props: { agent: NamedRef; label: string; onAgent: (agent: NamedRef) => void }) {
  const { agent, label, onAgent } = props;
  return (
    <button type="button" className={styles.agentButton} aria-label={label} onClick={() => onAgent(agent)}>
      {agent.name}
    </button>
  );
}

/** What the In state for time counts from, said on hover. */
const HELD_HINTS = {
  assignment: 'heldSinceAssignment',
  state: 'heldSinceState',
  start: 'heldSinceStart',
} as const;

export interface ColumnDef {
  id: ColumnId;
  header: MessageKey;
  /** Shows the header beside the value when rows are laid out as cards (no header row above them). */
  labelInCards?: boolean;
  cell: (row: SessionRow, context: CellContext) => ReactNode;
}

export const COLUMNS: readonly ColumnDef[] = [
  {
    id: 'contact',
    header: 'colContact',
    // A phone number is always whole; an email address or a partner's name is cut with an ellipsis
    // where it does not fit (never broken mid-word), and `title` holds it whole.
    cell: (row) => (
      <span className={styles.contactFit}>
        <span className={styles.contactLine}>
          <span className={row.phone ? styles.phone : styles.contact} title={contactLabel(row)}>
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
  {
    id: 'held',
    header: 'colHeld',
    labelInCards: true,
    cell: (row, { clock, i18n, formatters, stuckAfterMinutes, stuckIn }) => {
      const held = heldSince(row);
      const since = formatters.dateTimeFull(held.ms);
      const title = i18n.t(HELD_HINTS[held.from], { since, agent: row.agent?.name ?? '' });
      return (
        <span className={styles.heldCell}>
          <ElapsedTime sinceMs={held.ms} clock={clock} duration={i18n.duration} title={title} />
          {stuckIn === 'held' && (
            <StuckMarker row={row} clock={clock} i18n={i18n} stuckAfterMinutes={stuckAfterMinutes} />
          )}
        </span>
      );
    },
  },
  {
    id: 'agent',
    header: 'colAgent',
    labelInCards: true,
    cell: (row, { i18n, onAgent }) =>
      row.agent ? (
        onAgent ? (
          <AgentButton
            agent={row.agent}
            label={i18n.t('showAgent', { agent: row.agent.name })}
            onAgent={onAgent}
          />
        ) : (
          row.agent.name
        )
      ) : row.state === 'WITH_AGENT' ? (
        <em className={styles.unassigned}>{i18n.t('unassigned')}</em>
      ) : (
        i18n.t('noAgent')
      ),
  },
];
