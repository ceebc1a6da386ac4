import { createManifestFile } from './manifest-file';

const URL_ = 'http://remote.test/mf-manifest.slim.json';

function fakeFetch(answers: Array<() => Response>) {
  const calls: string[] = [];
  const fetchFile = (async (url: string) => {
    calls.push(url);
    const next = answers.shift();
    if (!next) throw new Error('no answer scripted');
    return next();
  }) as typeof fetch;
  return { calls, fetchFile };
}

const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const runtimeFetch = (file: ReturnType<typeof createManifestFile>, url: string) =>
  (file.plugin.fetch as (url: string, init: RequestInit) => Promise<Response> | undefined)(url, {});

describe('the remote’s manifest file', () => {
  it('is fetched once for the console’s menu and the runtime’s load', async () => {
    const { calls, fetchFile } = fakeFetch([json({ metaData: { a: 1 } })]);
    const file = createManifestFile(URL_, fetchFile);
    expect(await file.read()).toEqual({ metaData: { a: 1 } });
    expect(await (await runtimeFetch(file, URL_))?.json()).toEqual({ metaData: { a: 1 } });
    expect(calls).toEqual([URL_]);
  });

  it('hands the runtime that answer once: its later requests (a retry) go to the server', async () => {
    const { fetchFile } = fakeFetch([json({ v: 1 }), json({ v: 2 })]);
    const file = createManifestFile(URL_, fetchFile);
    await file.read();
    expect(await (await runtimeFetch(file, URL_))?.json()).toEqual({ v: 1 });
    expect(runtimeFetch(file, URL_)).toBeUndefined();
    // A fresh read (the console's Retry) is shared with the runtime again.
    expect(await file.read(true)).toEqual({ v: 2 });
    expect(await (await runtimeFetch(file, URL_))?.json()).toEqual({ v: 2 });
  });

  it('leaves the runtime’s other requests, and a file the console has not asked for, to the network', () => {
    const { fetchFile } = fakeFetch([]);
    const file = createManifestFile(URL_, fetchFile);
    expect(runtimeFetch(file, URL_)).toBeUndefined();
    expect(runtimeFetch(file, 'http://remote.test/other.json')).toBeUndefined();
  });

  it('asks again after a failure, and when told to', async () => {
    const { calls, fetchFile } = fakeFetch([json({}, 503), json({ v: 1 }), json({ v: 2 })]);
    const file = createManifestFile(URL_, fetchFile);
    await expect(file.read()).rejects.toThrow('/mf-manifest.slim.json answered HTTP 503');
    expect(runtimeFetch(file, URL_)).toBeUndefined();
    expect(await file.read()).toEqual({ v: 1 });
    expect(await file.read(true)).toEqual({ v: 2 });
    expect(calls).toHaveLength(3);
  });
});
