// The production builds the bench measures, made afresh into a folder of the bench's own: the same
// `npm run build` and `npm run build:host`, only with another output path, so a browser suite
// rebuilding dist/ at the same time cannot pull files from under a running measurement.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface Builds {
  /** The remote (what `npm run build` writes to dist/). */
  remoteDir: string;
  /** The mock console (what `npm run build:host` writes to mock-host/dist/). */
  shellDir: string;
  ms: number;
}

const ROOT = path.resolve(__dirname, '..');

export function buildForBench(outDir: string): Builds {
  const started = Date.now();
  const remoteDir = path.join(outDir, 'remote');
  const shellDir = path.join(outDir, 'shell');
  for (const [script, dir] of [
    ['build', remoteDir],
    ['build:host', shellDir],
  ] as const) {
    execFileSync('npm', ['run', '--silent', script, '--', '--output-path', dir], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return { remoteDir, shellDir, ms: Date.now() - started };
}
