import { startLocalServer, type LocalServer } from './http-server';
import { createStaticFiles } from './static-files';
import { makeBuildDir, rawRequest } from './test-fixtures';

const build = makeBuildDir({
  'index.html': '<!doctype html><title>app</title>',
  'main.0123abcd.js': 'console.log(1)',
  'main.0123abcd.js.map': '{}',
  'main.89abcdef.css': 'body{}',
  'mf-manifest.json': '{"id":"x"}',
  'nested/deep.txt': 'deep',
  '.hidden': 'hidden',
  'blob.bin': 'bytes',
});

let plain: LocalServer;
let spa: LocalServer;

beforeAll(async () => {
  plain = await startLocalServer(createStaticFiles({ root: build.root, headers: { 'X-Extra': 'yes' } }));
  spa = await startLocalServer(createStaticFiles({ root: build.root, spaFallback: 'index.html' }));
});

afterAll(async () => {
  await Promise.all([plain.close(), spa.close()]);
  build.remove();
});

describe('static files', () => {
  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/main.0123abcd.js', 'text/javascript; charset=utf-8'],
    ['/main.89abcdef.css', 'text/css; charset=utf-8'],
    ['/mf-manifest.json', 'application/json; charset=utf-8'],
    ['/main.0123abcd.js.map', 'application/json; charset=utf-8'],
    ['/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s, with nosniff', async (file, type) => {
    const answer = await fetch(`${plain.url}${file}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(type);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('adds the configured headers to files and to errors alike', async () => {
    expect((await fetch(`${plain.url}/index.html`)).headers.get('x-extra')).toBe('yes');
    expect((await fetch(`${plain.url}/missing.js`)).headers.get('x-extra')).toBe('yes');
  });

  it('lets content-hashed files be cached for good, and revalidates the rest', async () => {
    expect((await fetch(`${plain.url}/main.0123abcd.js`)).headers.get('cache-control')).toContain(
      'immutable',
    );
    expect((await fetch(`${plain.url}/mf-manifest.json`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawRequest(plain.url, '/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await rawRequest(plain.url, '/index.html', 'POST', 'x');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/../secret.txt',
    '/nested/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/nested%2f..%2f..%2fsecret.txt',
    '/link-out.txt',
    '/.hidden',
    '/nested%5c..%5c..%5csecret.txt',
  ])('refuses %s, which would leave the root', async (rawPath) => {
    const answer = await rawRequest(plain.url, rawPath);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('top secret');
  });

  it('lists no directory', async () => {
    for (const dir of ['/', '/nested', '/nested/']) {
      const answer = await rawRequest(plain.url, dir);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('deep.txt');
    }
  });

  it('answers 400 for a path that does not decode', async () => {
    expect((await rawRequest(plain.url, '/%E0%A4%A')).status).toBe(400);
  });

  describe('with a single-page-app fallback', () => {
    it.each(['/', '/communications/sessions/active', '/communications/logs?session=ses_1', '/nested'])(
      'serves index.html for the route %s',
      async (route) => {
        const answer = await fetch(`${spa.url}${route}`);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await answer.text()).toContain('<title>app</title>');
      },
    );

    it('still serves real files as themselves', async () => {
      expect(await (await fetch(`${spa.url}/nested/deep.txt`)).text()).toBe('deep');
    });

    it('answers 404 for a missing file rather than HTML a browser would run as script', async () => {
      const answer = await fetch(`${spa.url}/missing.0123abcd.js`);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).not.toContain('html');
    });

    it('does not fall back for traversal attempts', async () => {
      const answer = await rawRequest(spa.url, '/..%2fsecret.txt');
      expect(answer.body).not.toContain('top secret');
    });
  });
});
