import type { SessionPage } from '../../../../src/contract';
import { agentText, contactText } from '../ui/format';
import { Link } from '../ui/Link';
import { CONVERSATION_LOGS_ROUTE } from './console-routes';
import type { PageProps } from './page-props';
import { useDispatcherGet } from './use-dispatcher-get';

const QUERY = { state: 'WITH_AGENT', sort: 'startedAt', order: 'asc' };

/** The agents' queue: sessions handed off to a person, oldest first. */
export function HandoffInboxPage({ session, formatDateTime }: PageProps) {
  const page = useDispatcherGet<SessionPage>(session.dispatcherClient, 'sessions', QUERY);
  const canOpenLogs = session.hasPermission('communications.access');
  return (
    <>
      <h1>Handoff Inbox</h1>
      <p>Conversations handed off to an agent, oldest first.</p>
      {page.status === 'loading' ? <p role="status">Loading sessions…</p> : null}
      {page.status === 'failed' ? (
        <p role="alert" className="shell-error">
          The sessions could not be loaded: {page.message}.
        </p>
      ) : null}
      {page.status === 'done' ? (
        <table className="shell-table">
          <caption>
            Sessions waiting for an agent: the oldest {page.data.items.length} of {page.data.total}
          </caption>
          <thead>
            <tr>
              <th scope="col">Contact</th>
              <th scope="col">Channel</th>
              <th scope="col">Agent</th>
              <th scope="col">Started at</th>
              {canOpenLogs ? <th scope="col">Log</th> : null}
            </tr>
          </thead>
          <tbody>
            {page.data.items.length === 0 ? (
              <tr>
                <td colSpan={canOpenLogs ? 5 : 4}>No conversation is waiting for an agent.</td>
              </tr>
            ) : null}
            {page.data.items.map((item) => (
              <tr key={item.id}>
                <td>{contactText(item.contact)}</td>
                <td>{item.channel}</td>
                <td>{agentText(item.agent)}</td>
                <td>{formatDateTime(item.startedAt)}</td>
                {canOpenLogs ? (
                  <td>
                    <Link href={`${CONVERSATION_LOGS_ROUTE}?session=${encodeURIComponent(item.id)}`}>
                      View log<span className="visually-hidden"> of {contactText(item.contact)}</span>
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
