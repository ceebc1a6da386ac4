// The README's "Registering the module in a host" quotes the host matrix (hosts/): every snippet must be,
// line for line, the region of the host file it names, so the README never shows code no host runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HOST_SHARED_KEYS, hostSharesMissing, SLIM_ENTRY_NEEDS_RUNTIME } from '../src/contract';

const ROOT = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The lines between `// #region NAME` and `// #endregion NAME` of a repository file, dedented. */
function region(file: string, name: string): string {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region ${name}`);
  const end = lines.findIndex((line, index) => index > start && line.trim() === `// #endregion ${name}`);
  if (start < 0 || end < 0) throw new Error(`${file} has no region "${name}"`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((line) => line.trim()).map((line) => line.search(/\S/)));
  return body.map((line) => line.slice(indent)).join('\n');
}

/** Every `<!-- from FILE#REGION -->` of the README with the fenced block right after it. */
const quotes = [...readme.matchAll(/<!-- from ([^#\s]+)#([\w-]+) -->\n```\w*\n([\s\S]*?)\n?```/g)].map(
  ([, file = '', name = '', snippet = '']) => ({ file, name, snippet }),
);

describe('README: registering the module in a host', () => {
  test.each(quotes.map((quote) => [`${quote.file}#${quote.name}`, quote] as const))(
    '%s is quoted verbatim',
    (_, { file, name, snippet }) => {
      expect(snippet).toBe(region(file, name));
    },
  );

  test('quotes every host of the matrix that can run the page', () => {
    const hosts = readdirSync(path.join(ROOT, 'hosts')).filter((name) => name !== 'shares-no-react');
    const quoted = new Set(quotes.map(({ file }) => file.split('/')[1]));
    expect(hosts.filter((host) => !quoted.has(host) && !readme.includes(`hosts/${host}/`))).toEqual([]);
    expect(quotes.length).toBeGreaterThanOrEqual(7);
  });

  test('what it says of hosts that share the same code holds', () => {
    const webpackRegister = region('hosts/webpack-react18/src/bootstrap.jsx', 'register');
    expect(region('hosts/vite-react18/src/index.jsx', 'register')).toBe(webpackRegister);
    expect(region('hosts/webpack-react19/webpack.config.js', 'federation')).toBe(
      region('hosts/webpack-react18/webpack.config.js', 'federation'),
    );
  });

  test('shows the sentence a host that shares too little gets, word for word, for all keys and for two', () => {
    expect(readme).toContain(
      `\`\`\`text\n${hostSharesMissing(HOST_SHARED_KEYS)}\n${hostSharesMissing(['react/jsx-runtime', 'react-dom/client'])}\n\`\`\``,
    );
  });

  test('shows the sentence the slim entry refuses an older runtime with, word for word', () => {
    expect(readme).toContain(`\`\`\`text\n${SLIM_ENTRY_NEEDS_RUNTIME}\n\`\`\``);
  });
});
