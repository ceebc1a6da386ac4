import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';

// Colour contrast needs layout, which jsdom has not: the browser suite checks it in Chromium.
async function violations(container: Element) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe probes icon fonts through a canvas, which jsdom lacks; no canvas means no ligature icons.
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

function renderWith(fake: FakeDispatcherClient) {
  return render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
}

beforeEach(() => window.history.replaceState(null, '', '/communications/sessions/active'));

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  it('list', async () => {
    const { container } = renderWith(new FakeDispatcherClient([aSession(), aSession({ agent: null })]));
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(2));
    expect(await violations(container)).toEqual([]);
  });

  it('empty', async () => {
    const { container } = renderWith(new FakeDispatcherClient([]));
    await screen.findByText('No sessions with an agent');
    expect(await violations(container)).toEqual([]);
  });

  it('error', async () => {
    const fake = new FakeDispatcherClient([]);
    fake.script.list.push({ status: 500 });
    const { container } = renderWith(fake);
    await screen.findByTestId('list-error');
    expect(await violations(container)).toEqual([]);
  });

  it('dialog open', async () => {
    const { container } = renderWith(new FakeDispatcherClient([aSession({ contact: { phone: '+1' } })]));
    await userEvent
      .setup({ delay: null })
      .click(await screen.findByRole('button', { name: 'Release session with +1' }));
    // The release code comes when first reached for: the dialog shows once it is here.
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(await violations(container)).toEqual([]);
  });

  it('missing permission', async () => {
    const { container } = render(
      <Root dispatcherClient={new FakeDispatcherClient().client} hasPermission={() => false} />,
    );
    expect(await violations(container)).toEqual([]);
  });
});
