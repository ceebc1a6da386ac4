// The rendered page fed generated answers through the host's (fake) client: it never breaks, never
// shows an ended session, shows exactly the valid rows, as plain text, and counts the rest.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { ACTIVE_STATES } from '../contract/dispatcher-api';
import { ModuleRoot as Root } from '../../test/module-root';
import { FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import {
  expectedOutcome,
  pageBody,
  pageFacts,
  type TaggedItem,
  taggedItems,
} from '../../test/session-arbitraries';

jest.setTimeout(60_000);

const ROUTE = '/communications/sessions/active';

async function renderAnswer(body: unknown) {
  window.history.replaceState(null, '', ROUTE);
  const fake = new FakeDispatcherClient();
  // The first load gets the generated answer; later ones (there should be none) would hang.
  fake.script.list.push({ body }, { hang: true });
  render(<Root dispatcherClient={fake.client} hasPermission={() => true} locale="en-GB" timeZone="UTC" />);
  await waitFor(() => expect(screen.queryByText('Loading sessions…')).not.toBeInTheDocument());
  return fake;
}

function sourceOf(items: readonly TaggedItem[], id: string) {
  return items.find((item) => item.verdict === 'active' && item.id === id)?.value as {
    contact: { phone?: string; email?: string; businessPartner?: { name: string } | null };
  };
}

describe('the page with generated answers', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error');
  });
  afterEach(() => errors.mockRestore());

  it('shows exactly the valid rows as text and counts the broken ones in a notice', async () => {
    await fc.assert(
      fc.asyncProperty(taggedItems(12), pageFacts, async (items, facts) => {
        try {
          const fake = await renderAnswer(pageBody(items, facts));
          const expected = expectedOutcome(items);
          const rows = screen.queryAllByTestId('session-row');
          expect(rows.map((row) => row.getAttribute('data-session-id'))).toEqual(expected.ids);
          for (const row of rows) {
            const state = row.querySelector('[data-state]')?.getAttribute('data-state');
            expect(ACTIVE_STATES).toContain(state);
            const { contact } = sourceOf(items, row.getAttribute('data-session-id') as string);
            const text = row.textContent ?? '';
            expect(text).toContain(contact.phone || contact.email);
            // A partner's name when the session has one (any text contains the empty one).
            expect(text).toContain(contact.businessPartner?.name ?? '');
          }
          const notice = screen.queryByTestId('rejected-notice');
          const count = new Intl.NumberFormat('en-GB').format(expected.rejected);
          expect(notice === null ? null : notice.textContent).toEqual(
            expected.rejected === 0
              ? null
              : expect.stringContaining(
                  `${count} ${expected.rejected === 1 ? 'session' : 'sessions'} of this page could not be shown`,
                ),
          );
          // A good answer with bad rows is not a failure of the list.
          expect(screen.queryByTestId('list-error')).toBeNull();
          expect(fake.listCalls()).toHaveLength(1);
          // Nothing from the data became markup.
          expect(
            // (The page's own history mark, in each row, is the one svg it draws.)
            document.querySelector(
              '[data-testid="active-sessions-page"] :is(script, img, svg:not(.historyMark), iframe)',
            ),
          ).toBeNull();
          expect(errors).not.toHaveBeenCalled();
        } finally {
          cleanup();
        }
      }),
      { numRuns: 40 },
    );
  });
});
