import { detachStylesheets, restoreStylesheets } from './stylesheets';

function link(href: string) {
  const element = document.createElement('link');
  element.rel = 'stylesheet';
  element.href = href;
  document.head.append(element);
  return element;
}

describe('stylesheets', () => {
  it('takes only the module’s own sheets out on unmount and puts the same ones back on mount', async () => {
    const ours = link('https://remote.example/assets/app.1234.css');
    const hosts = link('https://console.example/shell.css');
    const detached = detachStylesheets('https://remote.example/assets/');
    expect(detached).toEqual([ours]);
    expect(ours.isConnected).toBe(false);
    expect(hosts.isConnected).toBe(true);
    const restored = restoreStylesheets(detached);
    ours.dispatchEvent(new Event('load'));
    await restored;
    expect(ours.isConnected).toBe(true);
    hosts.remove();
    ours.remove();
  });

  it('leaves no listener on a sheet it put back, so remounting many times adds none', async () => {
    const ours = link('https://remote.example/assets/app.1234.css');
    const added = jest.spyOn(ours, 'addEventListener');
    const removed = jest.spyOn(ours, 'removeEventListener');
    for (let mount = 0; mount < 3; mount += 1) {
      const restored = restoreStylesheets(detachStylesheets('https://remote.example/assets/'));
      ours.dispatchEvent(new Event('load'));
      await restored;
    }
    const count = (spy: jest.SpyInstance) => spy.mock.calls.map(([type]) => type).sort();
    expect(count(removed)).toEqual(count(added));
    ours.remove();
  });

  it('takes nothing without a public path', () => {
    const any = link('https://x.example/a.css');
    expect(detachStylesheets('')).toEqual([]);
    any.remove();
  });
});
