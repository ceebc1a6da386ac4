import type { AuditTrail, Session } from '../../../../src/contract';
import { agentText, contactText } from '../ui/format';
import { Link } from '../ui/Link';
import { HANDOFF_INBOX_ROUTE } from './console-routes';
import type { PageProps } from './page-props';
import { useDispatcherGet } from './use-dispatcher-get';

/** One session and its audit trail, opened as /communications/logs?session=ID. */
export function ConversationLogsPage({ session, location, formatDateTime }: PageProps) {
  const sessionId = new URLSearchParams(location.search).get('session');
  return (
    <>
      <h1>Conversation Logs</h1>
      {sessionId ? (
        <SessionLog
          key={sessionId}
          sessionId={sessionId}
          session={session}
          location={location}
          formatDateTime={formatDateTime}
        />
      ) : (
        <p>
          Choose a conversation to see its log: open it from the{' '}
          <Link href={HANDOFF_INBOX_ROUTE}>Handoff Inbox</Link> or from Active Sessions. The log lists every
          step of the session with who took it and why.
        </p>
      )}
    </>
  );
}

function SessionLog({ sessionId, session, formatDateTime }: PageProps & { sessionId: string }) {
  const path = `sessions/${encodeURIComponent(sessionId)}`;
  const details = useDispatcherGet<Session>(session.dispatcherClient, path);
  const audit = useDispatcherGet<AuditTrail>(session.dispatcherClient, `${path}/audit`);
  if (details.status === 'loading') return <p role="status">Loading the session…</p>;
  if (details.status === 'failed') {
    return (
      <p role="alert" className="shell-error">
        {details.httpStatus === 404
          ? `There is no session ${sessionId} for this tenant.`
          : `The session could not be loaded: ${details.message}.`}
      </p>
    );
  }
  const item = details.data;
  return (
    <>
      <h2>Session {item.id}</h2>
      <dl className="shell-details">
        <dt>Contact</dt>
        <dd>{contactText(item.contact)}</dd>
        <dt>Channel</dt>
        <dd>{item.channel}</dd>
        <dt>State</dt>
        <dd>{item.state}</dd>
        <dt>Agent</dt>
        <dd>{agentText(item.agent)}</dd>
        <dt>Started at</dt>
        <dd>{formatDateTime(item.startedAt)}</dd>
      </dl>
      <h2>Audit trail</h2>
      {audit.status === 'loading' ? <p role="status">Loading the audit trail…</p> : null}
      {audit.status === 'failed' ? (
        <p role="alert" className="shell-error">
          The audit trail could not be loaded: {audit.message}.
        </p>
      ) : null}
      {audit.status === 'done' ? (
        <table className="shell-table">
          <caption>Audit trail of session {item.id}</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Actor</th>
              <th scope="col">Action</th>
              <th scope="col">State change</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.items.length === 0 ? (
              <tr>
                <td colSpan={5}>Nothing has been recorded for this session yet.</td>
              </tr>
            ) : null}
            {audit.data.items.map((entry, index) => (
              // Entries have no id; their order is the trail's order and never changes under us.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index}>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actor}</td>
                <td>{entry.action}</td>
                <td>
                  {entry.fromState || entry.toState
                    ? `${entry.fromState ?? '—'} → ${entry.toState ?? '—'}`
                    : '—'}
                </td>
                <td>{entry.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
