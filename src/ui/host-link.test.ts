import type { MouseEvent } from 'react';
import { hostNavigation, onHostLinkClick } from './host-link';

function click(
  init: Partial<Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>> = {},
) {
  const event = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...init };
  const preventDefault = jest.fn();
  return { event: { ...event, preventDefault } as unknown as MouseEvent<HTMLAnchorElement>, preventDefault };
}

describe('links to the console’s pages', () => {
  it('put the console’s base path before a route, and nothing at the origin’s root', () => {
    const navigate = jest.fn();
    expect(hostNavigation('/console', navigate).href('/communications/logs')).toBe(
      '/console/communications/logs',
    );
    expect(hostNavigation('', navigate).href('/communications/logs')).toBe('/communications/logs');
    expect(hostNavigation('', navigate).navigate).toBe(navigate);
  });

  it('navigate in place through the host on a plain click', () => {
    const navigate = jest.fn();
    const { event, preventDefault } = click();
    onHostLinkClick(hostNavigation('/console', navigate), '/console/communications/logs')(event);
    expect(preventDefault).toHaveBeenCalled();
    expect(navigate.mock.calls).toEqual([['/console/communications/logs']]);
  });

  it.each([
    ['a middle click', { button: 1 }],
    ['Cmd-click', { metaKey: true }],
    ['Ctrl-click', { ctrlKey: true }],
    ['Shift-click', { shiftKey: true }],
    ['Alt-click', { altKey: true }],
  ])('leave %s to the browser, which opens the same address in a new tab or window', (_, init) => {
    const navigate = jest.fn();
    const { event, preventDefault } = click(init);
    onHostLinkClick(hostNavigation('', navigate), '/communications/logs')(event);
    expect(preventDefault).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });
});
