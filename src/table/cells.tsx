// The cells that are more than a value (contact, time held, agent), apart from the list of columns.
import type { NamedRef } from '../contract/dispatcher-api';
import { contactLabel } from '../session/display';
import { heldSince } from '../session/rules';
import type { SessionRow } from '../session/row';
import type { CellContext } from './columns';
import { ElapsedTime } from './ElapsedTime';
import { StuckMarker } from './StuckMarker';
import styles from './table.module.css';

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

// A phone number is always whole; an email address or a partner's name is cut with an ellipsis
// where it does not fit (never broken mid-word), and `title` holds it whole.
export const contactCell = (row: SessionRow) => (
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
);

/** How long the session has been in its state, with the Stuck marker when it goes beside the time. */
export const heldCell = (
  row: SessionRow,
  { clock, i18n, formatters, stuckAfterMinutes, stuckIn }: CellContext,
) => {
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
};

/** The agent holding the session: a button that filters by them, or why there is none. */
export const agentCell = (row: SessionRow, { i18n, onAgent }: CellContext) =>
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
  );
