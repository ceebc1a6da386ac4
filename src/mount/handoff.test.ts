// Who the page is for, and when props mean something new. A host that renders again (single-spa-react's
// <Parcel> passes every prop to update on each render) hands new functions and objects of the same
// meaning: the handoff keeps its object, so the page neither starts afresh nor renders again.
import { FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { MountedInstance, type PageHandoff } from './handoff';

const ready = (handoff: PageHandoff) => {
  if (!handoff.ok) throw new Error(`props refused: ${handoff.problems.join('; ')}`);
  return handoff;
};

/** Props as a host writes them inline in its render: new functions and objects every time. */
const inline = (client: unknown, extra: Record<string, unknown> = {}) => ({
  dispatcherClient: client,
  hasPermission: (permission: string) => permission === 'communications.access',
  navigate: (_path: string) => undefined,
  messages: { en: { heading: 'Live sessions' } },
  language: 'en',
  ...extra,
});

function mounted(props: Record<string, unknown>) {
  const instance = new MountedInstance(props, { preload: false });
  const heard = jest.fn();
  instance.subscribe(heard);
  return { instance, heard };
}

describe('the handoff of a mounted instance', () => {
  const client = new FakeDispatcherClient().client;

  it('keeps its object, and tells no one, when the host passes new functions and objects of the same meaning', () => {
    const { instance, heard } = mounted(inline(client));
    const first = instance.getSnapshot();
    for (let render = 0; render < 5; render += 1) instance.update(inline(client));
    expect(instance.getSnapshot()).toBe(first);
    expect(heard).not.toHaveBeenCalled();
  });

  it('navigates with the host’s latest navigate, though the handoff kept its object', () => {
    const first = jest.fn();
    const latest = jest.fn();
    const { instance } = mounted(inline(client, { navigate: first }));
    const { navigate } = ready(instance.getSnapshot());
    instance.update(inline(client, { navigate: latest }));
    expect(ready(instance.getSnapshot()).navigate).toBe(navigate);
    navigate('/communications/logs');
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith('/communications/logs');
  });

  it('another dispatcherClient is another user or tenant: a new identity and its own services', () => {
    const { instance } = mounted(inline(client));
    const before = ready(instance.getSnapshot());
    instance.update(inline(new FakeDispatcherClient().client));
    const after = ready(instance.getSnapshot());
    expect(after.identity).not.toBe(before.identity);
    expect(after.services).not.toBe(before.services);
  });

  it('one client kept across users: another identity string starts afresh, the same one does not', () => {
    const { instance } = mounted(inline(client, { identity: 'acme:admin' }));
    const before = ready(instance.getSnapshot());
    instance.update(inline(client, { identity: 'acme:admin' }));
    expect(instance.getSnapshot()).toBe(before);
    instance.update(inline(client, { identity: 'globex:admin' }));
    expect(ready(instance.getSnapshot()).identity).not.toBe(before.identity);
  });

  it('a permission’s answer that changes is told to the page without starting it afresh', () => {
    const { instance, heard } = mounted(inline(client));
    const { identity } = ready(instance.getSnapshot());
    instance.update(inline(client, { hasPermission: () => false }));
    expect(ready(instance.getSnapshot())).toMatchObject({ allowed: false, identity });
    instance.update(inline(client, { hasPermission: () => true }));
    expect(ready(instance.getSnapshot())).toMatchObject({ allowed: true, identity });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('a prop of another value is a new handoff of the same identity', () => {
    const { instance } = mounted(inline(client));
    const before = ready(instance.getSnapshot());
    for (const change of [
      { language: 'de' },
      { messages: { en: { heading: 'Sessions' } } },
      { locale: 'en-GB' },
      { timeZone: 'Europe/Berlin' },
      { stuckAfterMinutes: 10 },
      { basePath: '/console' },
      { domElement: document.createElement('div') },
    ]) {
      const previous = instance.getSnapshot();
      instance.update(inline(client, change));
      const after = ready(instance.getSnapshot());
      expect({ change, changed: after !== previous }).toEqual({ change, changed: true });
      expect(after.identity).toBe(before.identity);
    }
  });

  it('another element to mount in is another element, though two empty elements look alike', () => {
    const { instance } = mounted(inline(client, { domElement: document.createElement('div') }));
    const before = instance.getSnapshot();
    instance.update(inline(client, { domElement: document.createElement('div') }));
    expect(instance.getSnapshot()).not.toBe(before);
  });

  it('keeps the base path without a trailing slash, and none as ""', () => {
    expect(ready(mounted(inline(client, { basePath: '/console/' })).instance.getSnapshot()).basePath).toBe(
      '/console',
    );
    expect(ready(mounted(inline(client, { basePath: '/' })).instance.getSnapshot()).basePath).toBe('');
    expect(ready(mounted(inline(client)).instance.getSnapshot()).basePath).toBe('');
  });

  it('props that became wrong and then right again start afresh', () => {
    const { instance } = mounted(inline(client));
    const before = ready(instance.getSnapshot());
    instance.update({ dispatcherClient: client });
    expect(instance.getSnapshot().ok).toBe(false);
    instance.update(inline(client));
    expect(ready(instance.getSnapshot()).identity).not.toBe(before.identity);
  });
});
