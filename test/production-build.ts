// Builds the remote in production mode into a temporary folder, once per test file, with the
// module list the dependency checks need: the same build the README's `npm run build` makes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ProductionBuild {
  dir: string;
  files: string[];
  /** Every module that went into the build, as absolute paths. */
  modules: string[];
  read(file: string): Buffer;
  /** gzip size in bytes at level 6, as servers commonly send. */
  gzipSize(file: string): number;
  remove(): void;
}

const ROOT = path.resolve(__dirname, '..');

export function buildRemote(): ProductionBuild {
  const parent = mkdtempSync(path.join(tmpdir(), 'active-sessions-build-'));
  const dir = path.join(parent, 'dist');
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(__dirname, 'build-remote.ts'), dir], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { assets, modules } = JSON.parse(readFileSync(`${dir}.modules.json`, 'utf8')) as {
    assets: string[];
    modules: string[];
  };
  const read = (file: string) => readFileSync(path.join(dir, file));
  return {
    dir,
    files: assets,
    modules,
    read,
    gzipSize: (file) => gzipSync(read(file), { level: 6 }).length,
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
