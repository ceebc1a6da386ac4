// What an Active Sessions page as rich as the module's costs when written by hand: the same request,
// the same markup and controls (heading and links, chips with counts, search, column chooser,
// refresh and pause, a sortable table whose rows carry a state badge, a Release button and an audit
// trail link, the pager) and the module's own stylesheets, in plain DOM. Like the module's page, it
// shows its header and controls at once and the rows when the answer comes. The controls are
// there to be drawn, not used. Only the benchmark opens it.
import type { AxiosInstance } from 'axios';
import type { SessionPage } from '../../../../src/contract';
import { floorListParams } from './floor-query';
import { formatDuration, isoDuration, isStuck, STATE_TONES, WORDS } from './rich-floor-words';
import badgeStyles from './rich-floor-styles/badge.module.css';
import pageStyles from './rich-floor-styles/page.module.css';
import rootStyles from './rich-floor-styles/root.module.css';
import tableStyles from './rich-floor-styles/table.module.css';

interface FloorProps {
  dispatcherClient: AxiosInstance;
  domElement: HTMLElement;
}

const SECOND = 1000;
const STUCK_AFTER_MINUTES = 30;
const COLUMNS = [
  ['contact', 'Phone / Contact'],
  ['channel', 'Channel'],
  ['state', 'State'],
  ['startedAt', 'Started At'],
  ['duration', 'Duration'],
  ['agent', 'Agent'],
] as const;
const SHOWN = COLUMNS.slice(0, 5);

type Child = Node | string | null | false;

/** An element with attributes and children: the whole of this page's templating. */
function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

let container: HTMLElement | null = null;
let controller: AbortController | null = null;
let timer: ReturnType<typeof setInterval> | undefined;

export async function bootstrap(): Promise<void> {}

export async function mount(props: FloorProps): Promise<void> {
  controller = new AbortController();
  const signal = controller.signal;
  // The request first, as the module's mount does; the page's frame while it is on its way.
  const answer = props.dispatcherClient.get<SessionPage>('sessions', {
    params: floorListParams(window.location.search),
    signal,
  });
  const view = renderFrame();
  container = view.root;
  props.domElement.append(view.root);
  answer.then(
    (response) => {
      if (!signal.aborted) renderRows(view, response.data);
    },
    () => undefined,
  );
}

export async function unmount(): Promise<void> {
  controller?.abort();
  controller = null;
  clearInterval(timer);
  timer = undefined;
  container?.remove();
  container = null;
}

interface Frame {
  root: HTMLElement;
  chipCounts: HTMLElement[];
  table: HTMLElement;
  body: HTMLTableSectionElement;
  range: HTMLElement;
  updated: HTMLElement;
}

function renderFrame(): Frame {
  const s = pageStyles;
  const chipCounts: HTMLElement[] = [];
  const chip = (label: string, pressed: boolean) => {
    const count = h('span', { class: s.count });
    chipCounts.push(count);
    return h('button', { type: 'button', class: s.chip, 'aria-pressed': String(pressed) }, label, count);
  };
  const columnChooser = h(
    'details',
    { class: s.columns },
    h('summary', {}, 'Columns'),
    h(
      'fieldset',
      {},
      h('legend', { class: s.visuallyHidden }, 'Visible columns'),
      ...COLUMNS.map(([id, header]) =>
        h(
          'label',
          { class: s.columnOption },
          h('input', { type: 'checkbox', ...(id === 'agent' ? {} : { checked: '' }) }),
          header,
        ),
      ),
    ),
  );
  const updated = h('span', { class: s.updated }, 'Loading…');
  const body = document.createElement('tbody');
  body.append(h('tr', {}, h('td', { colspan: '6', class: tableStyles.placeholder }, 'Loading sessions…')));
  const table = h(
    'table',
    { class: tableStyles.table, 'aria-busy': 'true', 'data-testid': 'sessions-table' },
    h('caption', { class: tableStyles.caption }, 'Sessions that have not ended'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...SHOWN.map(([id, header]) =>
          h(
            'th',
            { scope: 'col', 'aria-sort': id === 'duration' ? 'descending' : 'none' },
            h(
              'button',
              { type: 'button', class: tableStyles.sortButton, 'data-column': id },
              header,
              h(
                'span',
                { 'aria-hidden': 'true', class: tableStyles.sortIcon },
                id === 'duration' ? '▼' : '↕',
              ),
            ),
          ),
        ),
        h('th', { scope: 'col' }, 'Actions'),
      ),
    ),
    body,
  );
  const range = h('p', { class: s.range });
  const select = h('select', { id: 'rich-floor-size' });
  for (const size of ['25', '50', '100']) select.append(h('option', { value: size }, size));
  const related = (label: string, href: string) => h('a', { href }, label);
  const root = h(
    'div',
    { class: rootStyles.root },
    h(
      'section',
      { class: s.page, 'aria-labelledby': 'rich-floor-heading', 'data-testid': 'rich-floor' },
      h(
        'header',
        { class: s.header },
        h('h1', { id: 'rich-floor-heading', class: s.heading, tabindex: '-1' }, 'Active Sessions'),
        h(
          'nav',
          { 'aria-label': 'Related pages', class: s.related },
          related('Handoff Inbox', '/communications/handoff-inbox'),
          related('Conversation Logs', '/communications/logs'),
          related('Conversation Menus', '/communications/menus'),
        ),
      ),
      h(
        'div',
        { class: s.toolbar },
        h(
          'fieldset',
          { class: s.chips },
          h('legend', { class: s.visuallyHidden }, 'Show sessions'),
          chip('With agent', true),
          chip('Stuck', false),
          chip('All', false),
        ),
        h(
          'div',
          { class: s.search },
          h('label', { for: 'rich-floor-search' }, 'Search'),
          h('input', {
            id: 'rich-floor-search',
            type: 'search',
            maxlength: '200',
            placeholder: 'Phone, email, partner, agent',
          }),
        ),
        columnChooser,
        h(
          'div',
          { class: s.refresh },
          h('button', { type: 'button' }, 'Refresh'),
          h('button', { type: 'button', 'aria-pressed': 'false' }, 'Pause auto-refresh'),
          updated,
        ),
      ),
      h('div', { class: s.announcements }, h('div', { role: 'status' }), h('div', { role: 'alert' })),
      h('section', { class: tableStyles.scroller, 'aria-label': 'Sessions', tabindex: '0' }, table),
      h(
        'nav',
        { class: s.pager, 'aria-label': 'Pages of sessions' },
        range,
        h('button', { type: 'button', 'aria-disabled': 'true' }, 'Previous page'),
        h('button', { type: 'button' }, 'Next page'),
        h('label', { for: 'rich-floor-size' }, 'Rows per page'),
        select,
      ),
    ),
  );
  return { root, chipCounts, table, body, range, updated };
}

function renderRows(view: Frame, page: SessionPage) {
  const offset = Date.parse(page.serverTime) - Date.now();
  const short = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const full = new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'long',
  });
  const numbers = new Intl.NumberFormat();
  const counts = page.counts;
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  [counts.WITH_AGENT, page.stuck ?? null, all].forEach((count, i) => {
    if (count !== null && view.chipCounts[i]) view.chipCounts[i].textContent = ` ${numbers.format(count)}`;
  });

  const now = Date.now() + offset;
  const durations: Array<{ time: HTMLTimeElement; startedAtMs: number }> = [];
  const rows = document.createDocumentFragment();
  for (const session of page.items) {
    const startedAtMs = Date.parse(session.startedAt);
    const contact = session.contact.phone ?? session.contact.email ?? '';
    const tone = STATE_TONES[session.state as keyof typeof STATE_TONES];
    const time = h(
      'time',
      { datetime: isoDuration(now - startedAtMs) },
      formatDuration(now - startedAtMs),
    ) as HTMLTimeElement;
    durations.push({ time, startedAtMs });
    const stuck = isStuck(session.state, startedAtMs, now, STUCK_AFTER_MINUTES);
    const logPath = `/communications/logs?session=${encodeURIComponent(session.id)}`;
    const unassigned = session.state === 'WITH_AGENT' && !session.agent;
    const reasonId = `release-reason-${session.id}`;
    rows.append(
      h(
        'tr',
        { 'data-testid': 'session-row', 'data-session-id': session.id },
        h(
          'td',
          { class: tableStyles.cell_contact },
          h('span', { class: tableStyles.contact }, contact),
          session.contact.businessPartner
            ? h('span', { class: tableStyles.partner }, session.contact.businessPartner.name)
            : null,
        ),
        h('td', { class: tableStyles.cell_channel }, WORDS[session.channel]),
        h(
          'td',
          { class: tableStyles.cell_state },
          h(
            'span',
            {
              class: `${badgeStyles.badge} ${tone ? badgeStyles[tone] : ''}`,
              'data-state': session.state,
            },
            WORDS[session.state as keyof typeof STATE_TONES] ?? session.state,
          ),
        ),
        h(
          'td',
          { class: tableStyles.cell_startedAt },
          h(
            'time',
            { datetime: session.startedAt, title: full.format(startedAtMs) },
            short.format(startedAtMs),
          ),
        ),
        h(
          'td',
          { class: tableStyles.cell_duration },
          h(
            'span',
            { class: tableStyles.duration },
            time,
            stuck
              ? h(
                  'span',
                  {
                    class: tableStyles.stuck,
                    title: `With an agent for over ${STUCK_AFTER_MINUTES} minutes`,
                  },
                  'Stuck',
                )
              : null,
          ),
        ),
        h(
          'td',
          {},
          h(
            'div',
            { class: tableStyles.actions },
            session.state === 'WITH_AGENT'
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: tableStyles.release,
                    'aria-label': `Release session with ${contact}`,
                    'aria-disabled': unassigned ? 'true' : undefined,
                    'aria-describedby': unassigned ? reasonId : undefined,
                  },
                  'Release',
                )
              : null,
            unassigned
              ? h(
                  'span',
                  { id: reasonId, class: tableStyles.reason },
                  'Already unassigned, waiting in the Handoff Inbox',
                )
              : null,
            h(
              'a',
              {
                href: logPath,
                class: tableStyles.link,
                'aria-label': `Audit trail of session with ${contact}`,
              },
              'Audit trail',
            ),
          ),
        ),
      ),
    );
  }
  view.body.replaceChildren(rows);
  view.table.setAttribute('aria-busy', 'false');
  view.updated.textContent = 'Updated just now';
  if (page.total !== null && page.items.length > 0) {
    view.range.textContent = `${numbers.format(1)}–${numbers.format(page.items.length)} of ${numbers.format(page.total)}`;
  }
  // One timer for the Duration texts, as the module's clock.
  timer = setInterval(() => {
    const at = Date.now() + offset;
    for (const cell of durations) {
      const next = formatDuration(at - cell.startedAtMs);
      if (cell.time.textContent !== next) cell.time.textContent = next;
    }
  }, SECOND);
}
