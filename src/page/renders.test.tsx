// What the page renders again, and what it changes in the document, when the user acts or the list
// refreshes. A row renders its cells through the column definitions: counting calls of the contact
// cell per session counts renders of each row. A MutationObserver on the table body sees every node
// the page changes there.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { ModuleRoot as Root } from '../../test/module-root';
import { MountedInstance } from '../mount/handoff';
import { Root as MountedRoot } from '../mount/Root';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { COLUMNS } from '../table/columns';
import { AUTO_REFRESH_MS } from '../list/list-loader';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const SESSIONS = 12;

const rows = () => screen.getAllByTestId('session-row');
const body = () => screen.getByTestId('sessions-table').querySelector('tbody') as HTMLElement;

/** Renders of each row since the last reset, by session id (StrictMode renders twice: any count > 0 is a render). */
function countRowRenders() {
  const contact = COLUMNS.find((column) => column.id === 'contact');
  if (!contact) throw new Error('no contact column');
  const spy = jest.spyOn(contact, 'cell');
  return {
    renders(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const [row] of spy.mock.calls) counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
      return counts;
    },
    reset: () => spy.mockClear(),
  };
}

/** Every change to the table body's nodes from now on, as the row (session id) it happened in. */
function watchBody() {
  const changed = new Set<string>();
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      changed.add(node?.closest('tr')?.getAttribute('data-session-id') ?? '(outside a row)');
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(body(), { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    changed() {
      note(observer.takeRecords());
      return [...changed];
    },
    stop: () => observer.disconnect(),
  };
}

// Sessions hours old: the Duration column shows hours and minutes, so the clock ticks once a minute.
const hoursOld = () =>
  Array.from({ length: SESSIONS }, (_, i) =>
    aSession({ startedAt: new Date(NOW - (2 * 60 + i) * 60_000).toISOString() }),
  );

async function renderPage(sessions: Session[]) {
  const fake = new FakeDispatcherClient(sessions);
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime.bind(jest) });
  render(<Root dispatcherClient={fake.client} hasPermission={() => true} locale="en-GB" timeZone="UTC" />);
  await act(async () => jest.advanceTimersByTimeAsync(0));
  await waitFor(() => expect(rows()).toHaveLength(sessions.length));
  return { fake, user };
}

/** Lets the auto-refresh run and its answer land. */
async function autoRefresh(fake: FakeDispatcherClient) {
  const before = fake.allListCalls().length;
  await act(async () => jest.advanceTimersByTimeAsync(AUTO_REFRESH_MS));
  expect(fake.allListCalls()).toHaveLength(before + 1);
  await act(async () => jest.advanceTimersByTimeAsync(0));
  expect(screen.getByTestId('sessions-table')).toHaveAttribute('aria-busy', 'false');
}

let counter: ReturnType<typeof countRowRenders>;

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
  counter = countRowRenders();
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('renders', () => {
  it('pausing the auto-refresh renders no row and changes nothing in the table body', async () => {
    const { user } = await renderPage(hoursOld());
    counter.reset();
    const watch = watchBody();
    await user.click(screen.getByRole('button', { name: 'Pause auto-refresh' }));
    expect(screen.getByTestId('auto-refresh-state')).toHaveTextContent('Auto-refresh paused');
    await user.click(screen.getByRole('button', { name: 'Resume auto-refresh' }));
    expect(screen.getByTestId('auto-refresh-state')).toBeEmptyDOMElement();
    expect(counter.renders()).toEqual(new Map());
    expect(watch.changed()).toEqual([]);
    watch.stop();
  });

  it('opening and closing the column chooser renders no row', async () => {
    const { user } = await renderPage(hoursOld());
    counter.reset();
    const summary = screen.getByText('Columns');
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    await user.click(summary);
    expect(counter.renders()).toEqual(new Map());
  });

  it('an auto-refresh with unchanged data renders no row and changes no node of the table body', async () => {
    const { fake } = await renderPage(hoursOld());
    counter.reset();
    const watch = watchBody();
    await autoRefresh(fake);
    expect(counter.renders()).toEqual(new Map());
    expect(watch.changed()).toEqual([]);
    watch.stop();
  });

  it('an auto-refresh that changes one session renders that row only, and changes nodes in it only', async () => {
    const sessions = hoursOld();
    const { fake } = await renderPage(sessions);
    const target = fake.sessions[4] as Session;
    // Its agent handed it back meanwhile: nothing is left to release.
    target.agent = null;
    counter.reset();
    const watch = watchBody();
    await autoRefresh(fake);
    expect([...counter.renders().keys()]).toEqual([target.id]);
    expect(watch.changed()).toEqual([target.id]);
    watch.stop();
    // The change is shown.
    const row = rows().find((tr) => tr.getAttribute('data-session-id') === target.id) as HTMLElement;
    expect(within(row).getByRole('button', { name: /^Release session with/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  describe('a screenful of rows first, the rest once that frame is painted, each row once', () => {
    const eighty = () =>
      Array.from({ length: 80 }, (_, i) =>
        aSession({ startedAt: new Date(NOW - (2 * 60 + i) * 60_000).toISOString() }),
      );

    beforeEach(() => window.history.replaceState(null, '', '/communications/sessions/active?size=100'));

    async function expectRestAfterTheFrame(firstRows: number) {
      expect(rows()).toHaveLength(firstRows);
      // The table says it is still being filled.
      expect(screen.getByTestId('sessions-table')).toHaveAttribute('aria-busy', 'true');
      counter.reset();
      // The next animation frame, then a task after it.
      await act(async () => jest.advanceTimersByTimeAsync(20));
      expect(rows()).toHaveLength(80);
      expect(screen.getByTestId('sessions-table')).toHaveAttribute('aria-busy', 'false');
      // Only the rows added then were rendered, the first ones were not rendered again.
      const added = rows()
        .slice(firstRows)
        .map((row) => row.getAttribute('data-session-id'));
      expect([...counter.renders().keys()].sort()).toEqual(added.sort());
    }

    /** The table's body starts 300 px down a window 900 px high, on a screen 1,600 px high. */
    function layout() {
      jest
        .spyOn(HTMLTableSectionElement.prototype, 'getBoundingClientRect')
        .mockReturnValue({ top: 300 } as DOMRect);
      const sizes = { window: window.innerHeight, screen: window.screen.height };
      window.innerHeight = 900;
      Object.defineProperty(window.screen, 'height', { value: 1600, configurable: true });
      return () => {
        window.innerHeight = sizes.window;
        Object.defineProperty(window.screen, 'height', { value: sizes.screen, configurable: true });
      };
    }

    it('as many as fit from the table’s body to the bottom of the window', async () => {
      const restore = layout();
      try {
        const fake = new FakeDispatcherClient(eighty());
        render(
          <Root dispatcherClient={fake.client} hasPermission={() => true} locale="en-GB" timeZone="UTC" />,
        );
        await act(async () => jest.advanceTimersByTimeAsync(0));
        // 600 px below the body's top, rows at least 32 px high.
        await expectRestAfterTheFrame(Math.ceil(600 / 32));
      } finally {
        restore();
      }
    });

    it('rows already in when the page mounts: as many as the screen holds, none taken away', async () => {
      const restore = layout();
      try {
        const fake = new FakeDispatcherClient(eighty());
        // As a mount does it: the first load starts with the handoff, before the page renders.
        const instance = new MountedInstance({
          dispatcherClient: fake.client,
          hasPermission: () => true,
          locale: 'en-GB',
          timeZone: 'UTC',
        });
        const handoff = instance.getSnapshot();
        const loaded = handoff.ok ? handoff.preloaded : null;
        await act(async () => jest.advanceTimersByTimeAsync(0));
        expect(loaded?.getSnapshot().page?.rows).toHaveLength(80);
        render(<MountedRoot instance={instance} />);
        // The screen's 1,600 px at 32 px a row, not the fewer the window would hold.
        await expectRestAfterTheFrame(1600 / 32);
      } finally {
        restore();
      }
    });
  });
});
