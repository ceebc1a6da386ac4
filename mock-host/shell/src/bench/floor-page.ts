// The least any Active Sessions page could cost, for the benchmark to measure the module against:
// the same request on the console's client, the same rows in a plain <table>, DOM APIs only, and
// one timer that rewrites the Duration texts. No React, no styles, no controls, no checks beyond
// what rendering needs. Only the benchmark opens it.
import type { AxiosInstance } from 'axios';
import type { Session, SessionPage } from '../../../../src/contract';
import { floorListParams } from './floor-query';

interface FloorProps {
  dispatcherClient: AxiosInstance;
  domElement: HTMLElement;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HEADERS = ['Phone / Contact', 'Channel', 'State', 'Started At', 'Duration'];

// The module's Duration format, so both pages write texts of the same length.
function formatDuration(elapsedMs: number): string {
  const ms = Math.max(0, elapsedMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)}s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)}m ${pad(Math.floor((ms % MINUTE) / SECOND))}s`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)}h ${pad(Math.floor((ms % HOUR) / MINUTE))}m`;
  return `${Math.floor(ms / DAY)}d ${pad(Math.floor((ms % DAY) / HOUR))}h`;
}

let container: HTMLElement | null = null;
let controller: AbortController | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
let poller: ReturnType<typeof setInterval> | undefined;

export async function bootstrap(): Promise<void> {}

export async function mount(props: FloorProps): Promise<void> {
  const into = document.createElement('div');
  container = into;
  props.domElement.append(into);
  controller = new AbortController();
  const signal = controller.signal;
  const load = () =>
    props.dispatcherClient
      .get<SessionPage>('sessions', { params: floorListParams(window.location.search), signal })
      .then(
        (answer) => {
          if (!signal.aborted) render(into, answer.data);
        },
        () => undefined,
      );
  // Not awaited: the module's mount also returns before its list arrives.
  void load();
  // `?poll=30`: the whole list again every 30 s, as the page fetched it before it had conditional
  // checks; the bench's idle tab measures that as the cost the live list is compared with.
  const pollSeconds = Number(new URLSearchParams(window.location.search).get('poll'));
  if (pollSeconds > 0) poller = setInterval(load, pollSeconds * SECOND);
}

export async function unmount(): Promise<void> {
  controller?.abort();
  controller = null;
  clearInterval(timer);
  clearInterval(poller);
  timer = undefined;
  poller = undefined;
  container?.remove();
  container = null;
}

function render(into: HTMLElement, page: SessionPage) {
  clearInterval(timer);
  into.replaceChildren();
  const offset = Date.parse(page.serverTime) - Date.now();
  const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const table = document.createElement('table');
  const headRow = table.createTHead().insertRow();
  for (const header of HEADERS) {
    const th = document.createElement('th');
    th.textContent = header;
    headRow.append(th);
  }
  const body = table.createTBody();
  const durations: Array<{ text: Text; startedAtMs: number }> = [];
  const now = Date.now() + offset;
  for (const session of page.items) {
    const startedAtMs = Date.parse(session.startedAt);
    const row = body.insertRow();
    row.dataset.testid = 'session-row';
    const text = document.createTextNode(formatDuration(now - startedAtMs));
    row.insertCell().textContent = contactOf(session);
    row.insertCell().textContent = session.channel;
    row.insertCell().textContent = session.state;
    row.insertCell().textContent = dateTime.format(startedAtMs);
    row.insertCell().append(text);
    durations.push({ text, startedAtMs });
  }
  into.append(table);
  // The module's clock ticks every second while a listed session is under an hour old; the floor
  // always does, so a tick can be measured on any page.
  timer = setInterval(() => {
    const at = Date.now() + offset;
    for (const cell of durations) {
      const next = formatDuration(at - cell.startedAtMs);
      if (cell.text.data !== next) cell.text.data = next;
    }
  }, SECOND);
}

const contactOf = (session: Session) => session.contact.phone ?? session.contact.email ?? '';
