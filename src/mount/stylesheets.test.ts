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
});
