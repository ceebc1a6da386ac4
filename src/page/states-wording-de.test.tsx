// The wording of states-wording.test.tsx, in German: the page with language="de" says everything in
// German, plurals by German rules, failures in an administrator's words with the detail apart.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';

function renderPage(sessions: Session[], prepare: (fake: FakeDispatcherClient) => void = () => undefined) {
  const fake = new FakeDispatcherClient(sessions);
  prepare(fake);
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Root
      dispatcherClient={fake.client}
      hasPermission={() => true}
      navigate={jest.fn()}
      language="de"
      locale="de-DE"
    />,
  );
  return { fake, user, ...view };
}

const rows = () => screen.queryAllByTestId('session-row');

beforeEach(() => {
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
});

describe('in German', () => {
  it('names the page, its controls and its columns in German, and marks the page as German', async () => {
    renderPage([aSession({ contact: { phone: '+49 1' } })]);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Aktive Sitzungen' });
    expect(heading.closest('[lang]')).toHaveAttribute('lang', 'de');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Beim Agenten 1' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Alle / })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveAttribute(
      'placeholder',
      'Tel., E-Mail, Partner, Agent',
    );
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((header) => header.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      '',
      'Telefon / Kontakt',
      'Kanal',
      'Status',
      'Begonnen am',
      'Dauer',
      'Zeit im Status',
      'Aktionen',
    ]);
    expect(
      screen.getByRole('checkbox', { name: 'Alle freigebbaren Sitzungen dieser Seite auswählen' }),
    ).toBeInTheDocument();
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByRole('button', { name: 'Sitzung mit +49 1 freigeben' })).toHaveTextContent(
      'Freigeben',
    );
    expect(within(row).getByRole('link', { name: 'Verlauf der Sitzung mit +49 1' })).toBeInTheDocument();
    expect(within(row).getByText('Beim Agenten')).toHaveAttribute('data-state', 'WITH_AGENT');
    expect(screen.getByRole('navigation', { name: 'Seiten der Sitzungsliste' })).toHaveTextContent(
      '1–1 von 1',
    );
  });

  it('counts characters and sessions by German plural rules', async () => {
    const { user } = renderPage([aSession({ contact: { phone: '+49 2' } })]);
    await user.click(await screen.findByRole('button', { name: 'Sitzung mit +49 2 freigeben' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sitzung freigeben' });
    const notes = within(dialog).getByRole('textbox', { name: 'Notizen' });
    expect(within(dialog).getByText('0 / 1.000 Zeichen')).toBeInTheDocument();
    await user.click(notes);
    await user.paste('x'.repeat(1001));
    expect(
      within(dialog).getByText('1 Zeichen zu viel: Notizen dürfen höchstens 1.000 Zeichen lang sein.'),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toBeEnabled();
  });

  it('says one session left out in the singular', async () => {
    renderPage([], (fake) =>
      fake.script.list.push({
        body: {
          items: [aSession({ id: 'ok' }), { id: 'broken' }],
          nextCursor: null,
          total: 2,
          counts: { OPEN: 0, ACTIVE: 0, AWAITING_USER: 0, PROCESSING: 0, WITH_AGENT: 2 },
          serverTime: new Date().toISOString(),
        },
      }),
    );
    expect(await screen.findByTestId('rejected-notice')).toHaveTextContent(
      /^1 Sitzung dieser Seite kann nicht angezeigt werden/,
    );
  });

  it('reads as paused, with Fortsetzen, and says how long ago in German', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z') });
    try {
      const fake = new FakeDispatcherClient([aSession()]);
      render(<Root dispatcherClient={fake.client} hasPermission={() => true} language="de" />);
      await act(async () => jest.advanceTimersByTimeAsync(0));
      expect(screen.getByText('Gerade aktualisiert')).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Auto-Aktualisierung anhalten' }));
      expect(screen.getByTestId('auto-refresh-state')).toHaveTextContent('Auto-Aktualisierung angehalten');
      expect(screen.getByRole('button', { name: 'Auto-Aktualisierung fortsetzen' })).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTimeAsync(60_000));
      expect(screen.getByText('Aktualisiert vor 1 Minute')).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTimeAsync(60_000));
      expect(screen.getByText('Aktualisiert vor 2 Minuten')).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('names a search without results and offers to clear it', async () => {
    window.history.replaceState(null, '', '/communications/sessions/active?q=niemand');
    const { user } = renderPage([aSession()]);
    const empty = await screen.findByTestId('empty');
    expect(empty).toHaveTextContent('Keine Sitzung beim Agenten passt zu „niemand“.');
    await user.click(within(empty).getByRole('button', { name: 'Suche löschen' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('explains a failed list in German, the detail apart', async () => {
    const { user, fake } = renderPage([aSession()]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fake.script.list.push({ status: 503 });
    await user.click(screen.getByRole('button', { name: 'Aktualisieren' }));
    const alert = await screen.findByTestId('list-error');
    expect(
      within(alert).getByText(
        'Der Dispatcher antwortet nicht ordnungsgemäß, daher konnte die Liste nicht aktualisiert werden. Die Zeilen unten stammen vom letzten erfolgreichen Laden und sind möglicherweise veraltet. Es wird automatisch erneut versucht; Sie können auch auf „Erneut versuchen“ klicken.',
      ),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Details: HTTP 503')).toHaveClass('detail');
    expect(screen.getByRole('table')).toHaveAccessibleName(
      'Sitzungen, die noch nicht beendet sind (möglicherweise veraltet)',
    );
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('explains a failed release in German, and a release that went through', async () => {
    const { user } = renderPage([aSession({ contact: { phone: '+49 3' } })], (fake) =>
      fake.script.release.push({ error: 'timeout' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Sitzung mit +49 3 freigeben' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sitzung freigeben' });
    await user.click(within(dialog).getByRole('button', { name: 'Freigeben' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      /^Keine Antwort vom Dispatcher, daher ist offen, ob die Sitzung freigegeben wurde/,
    );
    expect(
      within(alert).getByText('Details: keine Antwort in der vorgesehenen Zeit (Zeitüberschreitung)'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Freigeben' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Freigegeben: Die Sitzung mit +49 3 ist als „Nicht zugewiesen“ zurück im Übergabe-Eingang.',
    );
    expect(screen.getByRole('link', { name: 'Übergabe-Eingang öffnen' })).toBeInTheDocument();
  });

  it('says which permission is missing in German', async () => {
    const fake = new FakeDispatcherClient([aSession()]);
    render(<Root dispatcherClient={fake.client} hasPermission={() => false} language="de" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sie benötigen die Berechtigung communications.access (Admin), um aktive Sitzungen zu sehen',
    );
    expect(screen.getByText('communications.access').tagName).toBe('CODE');
  });
});
