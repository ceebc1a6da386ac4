import { ownStylesheets, StylesheetOwner } from './stylesheets';

const marks = { uniqueName: 'active_sessions', publicPath: 'https://console.example/' };

/** A <link> as rspack's CSS runtime adds it for a chunk (`mark`), or as a host or the MF runtime adds one. */
function link(href: string, mark?: string) {
  const element = document.createElement('link');
  element.rel = 'stylesheet';
  element.href = href;
  if (mark) element.setAttribute('data-rspack', `${mark}:chunk-app`);
  document.head.append(element);
  return element;
}

afterEach(() => {
  for (const element of Array.from(document.head.querySelectorAll('link'))) element.remove();
});

describe('the module’s stylesheets', () => {
  it('are the links its bundler runtime marked or that load its CSS files, never a host’s from the same path', () => {
    const marked = link('https://console.example/anything.css', 'active_sessions');
    const byName = link('https://console.example/active_sessions.__federation_expose_app.1234.css');
    link('https://console.example/shell.css');
    link('https://console.example/other.css', 'tenant_console');
    link('https://console.example/v2.css', 'active_sessions_v2');
    link('https://elsewhere.example/active_sessions.app.css');
    expect(ownStylesheets(marks)).toEqual([marked, byName]);
  });

  it('stay in the document, off while no instance is mounted and on while one is', () => {
    const ours = link('https://console.example/active_sessions.app.1234.css');
    const hosts = link('https://console.example/shell.css');
    const owner = new StylesheetOwner(() => marks);
    owner.claim('app');
    expect(ours.disabled).toBe(false);
    owner.release('app');
    expect(ours.isConnected).toBe(true);
    expect(ours.disabled).toBe(true);
    expect(hosts.disabled).not.toBe(true);
    owner.claim('app');
    expect(ours.disabled).toBe(false);
  });

  it('stay on until the last of several instances unmounts, whatever the order', () => {
    const ours = link('https://console.example/active_sessions.app.1234.css');
    const owner = new StylesheetOwner(() => marks);
    owner.claim('app');
    owner.claim('parcel-1');
    owner.release('app');
    expect(ours.disabled).toBe(false);
    owner.claim('parcel-2');
    owner.release('parcel-2');
    expect(ours.disabled).toBe(false);
    owner.release('parcel-1');
    expect(ours.disabled).toBe(true);
    owner.claim('parcel-3');
    expect(ours.disabled).toBe(false);
  });

  it('are not switched off by a second unmount of an instance that already left', () => {
    const ours = link('https://console.example/active_sessions.app.1234.css');
    const owner = new StylesheetOwner(() => marks);
    owner.claim('app');
    owner.claim('parcel');
    owner.release('parcel');
    owner.release('parcel');
    expect(ours.disabled).toBe(false);
  });

  it('switch a loaded sheet through its sheet object, leaving the element’s attribute (which could refetch it) alone', () => {
    const ours = link('https://console.example/active_sessions.app.1234.css');
    const sheet = { disabled: true };
    Object.defineProperty(ours, 'sheet', { value: sheet });
    const owner = new StylesheetOwner(() => marks);
    owner.claim('app');
    expect(sheet.disabled).toBe(false);
    owner.release('app');
    expect(sheet.disabled).toBe(true);
    expect(ours.hasAttribute('disabled')).toBe(false);
  });

  describe('after a mount, whether the page’s sheet applies', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    /** The copies of `href` the owner added to fetch it again, in order. */
    const copiesOf = (original: HTMLLinkElement) =>
      Array.from(document.head.querySelectorAll<HTMLLinkElement>('link')).filter(
        (element) => element !== original && element.href === original.href,
      );
    const root = document.createElement('div');

    it('applies: nothing is fetched again', async () => {
      const ours = link('https://console.example/active_sessions.app.1234.css');
      const owner = new StylesheetOwner(() => marks, [500, 1500]);
      await owner.verify(root, () => true);
      expect(owner.state.getSnapshot()).toBe('applied');
      expect(copiesOf(ours)).toEqual([]);
    });

    /** A link whose load failed: the browser gives it an empty sheet. */
    const failed = (element: HTMLLinkElement) => {
      Object.defineProperty(element, 'sheet', { value: { disabled: false } });
      return element;
    };

    it('a sheet still on its way is waited for, not fetched again', async () => {
      const ours = link('https://console.example/active_sessions.app.1234.css');
      const owner = new StylesheetOwner(() => marks, [500, 1500]);
      let loaded = false;
      const verifying = owner.verify(root, () => loaded);
      await jest.advanceTimersByTimeAsync(100);
      loaded = true;
      ours.dispatchEvent(new Event('load'));
      await verifying;
      expect(owner.state.getSnapshot()).toBe('applied');
      expect(copiesOf(ours)).toEqual([]);
    });

    it('a file that failed for a moment is fetched again; once it loads, the copy takes the old link’s place', async () => {
      const ours = failed(link('https://console.example/active_sessions.app.1234.css', 'active_sessions'));
      ours.setAttribute('data-rspack-loading', '1');
      const owner = new StylesheetOwner(() => marks, [500, 1500]);
      let loaded = false;
      const verifying = owner.verify(root, () => loaded);
      await jest.advanceTimersByTimeAsync(499);
      expect(copiesOf(ours)).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      const [copy] = copiesOf(ours);
      expect(copy?.getAttribute('data-rspack')).toBe('active_sessions:chunk-app');
      expect(copy?.hasAttribute('data-rspack-loading')).toBe(false);
      loaded = true;
      copy?.dispatchEvent(new Event('load'));
      await verifying;
      expect(owner.state.getSnapshot()).toBe('applied');
      expect(ours.isConnected).toBe(false);
      expect(copy?.isConnected).toBe(true);
    });

    it('a file that is gone is fetched twice more, then the state says it failed; a later mount tries again', async () => {
      const ours = failed(link('https://console.example/active_sessions.app.1234.css'));
      link('https://console.example/shell.css');
      const owner = new StylesheetOwner(() => marks, [500, 1500]);
      const tries: number[] = [];
      const failEveryCopy = new MutationObserver(() => {
        for (const copy of copiesOf(ours)) {
          tries.push(Date.now());
          copy.dispatchEvent(new Event('error'));
        }
      });
      failEveryCopy.observe(document.head, { childList: true });
      try {
        const verifying = owner.verify(root, () => false);
        await jest.advanceTimersByTimeAsync(2_000);
        await verifying;
        expect(tries).toHaveLength(2);
        expect(owner.state.getSnapshot()).toBe('failed');
        expect(copiesOf(ours)).toEqual([]);
        expect(ours.isConnected).toBe(true);
        expect(document.head.querySelectorAll('link[href$="shell.css"]')).toHaveLength(1);

        const again = owner.verify(root, () => true);
        await again;
        expect(owner.state.getSnapshot()).toBe('applied');
      } finally {
        failEveryCopy.disconnect();
      }
    });
  });
});
