import { checkHostProps } from './host-props';

const client = { get: () => undefined, post: () => undefined, defaults: {} };
const good = { dispatcherClient: client, hasPermission: () => true };

describe('checkHostProps', () => {
  it('accepts the required props, and the optional ones when well-formed', () => {
    expect(checkHostProps(good).ok).toBe(true);
    const full = {
      ...good,
      navigate: () => undefined,
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      domElement: document.createElement('div'),
      stuckAfterMinutes: 10,
    };
    expect(checkHostProps(full)).toEqual({ ok: true, props: full });
  });

  it('lists every problem at once, by prop name', () => {
    const check = checkHostProps({
      hasPermission: 'yes',
      navigate: '/x',
      locale: 'not a locale!',
      timeZone: 'Mars/Olympus',
      domElement: '#app',
      stuckAfterMinutes: -1,
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([
      expect.stringContaining('dispatcherClient is missing'),
      expect.stringContaining('hasPermission'),
      expect.stringContaining('navigate'),
      expect.stringContaining('locale'),
      expect.stringContaining('timeZone'),
      expect.stringContaining('domElement'),
      expect.stringContaining('stuckAfterMinutes'),
    ]);
  });

  it('refuses a client that is not an axios instance', () => {
    const check = checkHostProps({ ...good, dispatcherClient: { baseURL: 'https://x' } });
    expect(check.ok).toBe(false);
  });

  it('survives no props at all', () => {
    expect(checkHostProps(undefined).ok).toBe(false);
  });
});
