// The host's language and messages, through the lifecycles as a host drives them.
import { screen, waitFor, within } from '@testing-library/react';
import type { AppProps } from 'single-spa';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { nextTask } from '../../test/next-task';
import { driveReactOutsideAct } from '../../test/single-spa-step';

const singleSpaProps = {
  name: 'active-sessions',
  singleSpa: {},
  mountParcel: jest.fn(),
} as unknown as AppProps;

/**
 * Lets a lifecycle settle. Not inside Testing Library's act: the lifecycles here run on a React of
 * their own (isolated modules), which single-spa drives outside act by design.
 */
async function run(step: Promise<unknown>) {
  await step;
  await nextTask();
}

/** The lifecycles with the module's state fresh: no catalog but English loaded, nothing warned. */
function freshLifecycles(): typeof import('./lifecycles') {
  let module: typeof import('./lifecycles') | undefined;
  jest.isolateModules(() => {
    module = require('./lifecycles');
  });
  return module as typeof import('./lifecycles');
}

// The agents' panel and the narrower filters are fetched after the first rows by a dynamic import,
// which jest resolves outside the isolated modules, on another React; they are not what these tests
// are about.
jest.mock('../page/after-rows-loader', () => ({ useAfterRows: () => null }));

driveReactOutsideAct();
beforeEach(() => window.history.replaceState(null, '', '/communications/sessions/active'));

const base = () => ({
  ...singleSpaProps,
  dispatcherClient: new FakeDispatcherClient([aSession()]).client,
  hasPermission: () => true,
});

describe('the language prop', () => {
  it('has German on screen when mount resolves, and never showed an English word before it', async () => {
    const app = freshLifecycles().createLifecycles();
    const props = { ...base(), language: 'de' };
    const headings: string[] = [];
    const observer = new MutationObserver(() => {
      const heading = document.querySelector('h1');
      if (heading) headings.push(heading.textContent ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await app.bootstrap(props);
    await app.mount(props);
    // Mounted means the page is there, in German, from its first render on.
    expect(screen.getByRole('heading', { name: 'Aktive Sitzungen' })).toBeInTheDocument();
    observer.disconnect();
    expect(headings.length).toBeGreaterThan(0);
    expect(new Set(headings)).toEqual(new Set(['Aktive Sitzungen']));
    expect(screen.getByRole('heading', { name: 'Aktive Sitzungen' }).closest('[lang]')).toHaveAttribute(
      'lang',
      'de',
    );
    await run(app.unmount(props));
  });

  it('switches language on update, and keeps locale for dates apart', async () => {
    const app = freshLifecycles().createLifecycles();
    const props = { ...base(), locale: 'de-DE', timeZone: 'UTC' };
    await app.bootstrap(props);
    await run(app.mount(props));
    expect(screen.getByRole('heading', { name: 'Active Sessions' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Release session with/ })).toBeInTheDocument(),
    );
    const dateText = document.querySelector('td time')?.textContent ?? '';
    // German dates (locale de-DE) on an English page: day, month and time, no year for this one.
    expect(dateText).toMatch(/^\d{1,2}\. [A-Z][a-zä]+\.?, \d{2}:\d{2}$/);
    await run(app.update({ ...props, language: 'de' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Aktive Sitzungen' })).toBeInTheDocument(),
    );
    expect(document.querySelector('td time')?.textContent).toBe(dateText);
    await run(app.unmount(props));
  });

  it('adds a language and overrides messages from the host’s messages prop', async () => {
    const app = freshLifecycles().createLifecycles();
    const props = {
      ...base(),
      language: 'fr',
      messages: { fr: { heading: 'Sessions actives', release: 'Libérer' } },
    };
    await app.bootstrap(props);
    await run(app.mount(props));
    expect(screen.getByRole('heading', { name: 'Sessions actives' }).closest('[lang]')).toHaveAttribute(
      'lang',
      'fr',
    );
    await waitFor(() => expect(screen.getByText('Libérer')).toBeInTheDocument());
    // What French leaves out is English.
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
    await run(app.update({ ...props, language: 'en', messages: { en: { heading: 'Live sessions' } } }));
    expect(screen.getByRole('heading', { name: 'Live sessions' })).toBeInTheDocument();
    await run(app.unmount(props));
  });

  it('falls back to English for a language neither shipped nor given, saying so once in the console', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const app = freshLifecycles().createLifecycles();
      const props = { ...base(), language: 'sv-SE', locale: 'sv-SE' };
      await app.bootstrap(props);
      await run(app.mount(props));
      await run(app.update({ ...props }));
      expect(screen.getByRole('heading', { name: 'Active Sessions' }).closest('[lang]')).toHaveAttribute(
        'lang',
        'en',
      );
      expect(warn.mock.calls).toEqual([
        ['[active_sessions] language "sv-SE" is not available: showing English'],
      ]);
      await run(app.unmount(props));
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses malformed messages with one clear problem, and names no message', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const app = freshLifecycles().createLifecycles();
      const props = { ...base(), messages: { fr: { heading: { one: 'secret text' } } } };
      await app.bootstrap(props);
      await run(app.mount(props));
      expect(screen.getByRole('alert')).toHaveTextContent('Active Sessions cannot start');
      expect(screen.getByRole('alert')).toHaveTextContent(
        'messages must map BCP 47 language tags to messages',
      );
      expect(error.mock.calls.map(([line]) => String(line))).toEqual([
        expect.stringMatching(/^\[active_sessions\] cannot start: messages must map/),
      ]);
      expect(String(error.mock.calls[0]?.[0])).not.toContain('secret');
      await run(app.unmount(props));
    } finally {
      error.mockRestore();
    }
  });

  it('a German catalog gone with a new release: after retries the page is in English, says so and offers Reload', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
    let lifecycles: typeof import('./lifecycles') | undefined;
    jest.isolateModules(() => {
      jest.doMock('../i18n/de', () => {
        throw new Error('ChunkLoadError: Loading chunk i18n-de failed (404)');
      });
      lifecycles = require('./lifecycles');
    });
    try {
      const app = (lifecycles as typeof import('./lifecycles')).createLifecycles();
      const props = { ...base(), language: 'de' };
      await app.bootstrap(props);
      const mounting = app.mount(props);
      // The catalog is asked for three times in all, then English stands in.
      await jest.advanceTimersByTimeAsync(2_500);
      await mounting;
      await jest.advanceTimersByTimeAsync(10);
      expect(screen.getByRole('heading', { name: 'Active Sessions' })).toBeInTheDocument();
      const notice = screen.getByTestId('reload-notice');
      expect(notice).toHaveAttribute('role', 'status');
      expect(notice).toHaveTextContent(
        'This page was updated and its German words could not be loaded, so it is shown in English. Reload to continue in German.',
      );
      expect(within(notice).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
      const unmounting = app.unmount(props);
      await jest.advanceTimersByTimeAsync(10);
      await unmounting;
    } finally {
      jest.useRealTimers();
      jest.dontMock('../i18n/de');
      warn.mockRestore();
    }
  });
});
