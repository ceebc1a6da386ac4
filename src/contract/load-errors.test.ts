// The sentences a host team searches for when the module cannot start: word for word as the README
// lists them, so a search from either side finds the other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  HOST_SHARED_KEYS,
  hostSharesMissing,
  LOWEST_SLIM_RUNTIME,
  SLIM_ENTRY_NEEDS_RUNTIME,
  SUPPORTED_REACT,
} from './load-errors';

const README = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

describe('what a host is told when it cannot run the module', () => {
  it('names each missing shared key, in one sentence, as the README quotes it', () => {
    expect(hostSharesMissing(['react-dom/client'])).toBe(
      '[active_sessions] cannot start: the host does not share react-dom/client (each a singleton, React 18.3 or 19).',
    );
    for (const missing of [HOST_SHARED_KEYS, HOST_SHARED_KEYS.slice(1)]) {
      const told = hostSharesMissing(missing);
      expect(README).toContain(`\n${told}\n`);
    }
    expect(hostSharesMissing(HOST_SHARED_KEYS)).toContain(
      'does not share react, react/jsx-runtime and react-dom/client (',
    );
  });

  it('tells a host with an older runtime the lowest version of the slim entry and the full entry to use', () => {
    expect(LOWEST_SLIM_RUNTIME).toMatch(/^0\.\d+$/);
    expect(SLIM_ENTRY_NEEDS_RUNTIME).toBe(
      `[active_sessions] cannot start: remoteEntry.slim.js needs the host to provide its Module Federation runtime ${LOWEST_SLIM_RUNTIME} or later, so load remoteEntry.js (mf-manifest.json), the full entry, instead.`,
    );
    expect(README).toContain(`\n${SLIM_ENTRY_NEEDS_RUNTIME}\n`);
    expect(README).toContain(`runtime ${LOWEST_SLIM_RUNTIME} or later`);
  });

  it('declares the React range the README gives host teams', () => {
    expect(README).toContain(`requiredVersion: '${SUPPORTED_REACT}'`);
    expect(SUPPORTED_REACT).toMatch(/18\.3.*19/);
  });
});
