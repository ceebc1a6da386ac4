// Builds the types package host teams install (packages/active-sessions-types): declarations of
// src/contract, emitted by tsc beside the hand-written index.d.ts and modules.d.ts. Nothing is copied
// by hand, so a prop or a manifest field added to src/contract is in the next package.
// `tsx scripts/build-types.ts [outDir]`: another folder gets a full copy of the package (the tests pack one).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const TYPES_PACKAGE = path.join(ROOT, 'packages', 'active-sessions-types');
/** The files of the package that are written by hand; `contract/` is generated. */
export const HAND_WRITTEN = ['package.json', 'index.d.ts', 'modules.d.ts', 'README.md'];

export function buildTypes(outDir = TYPES_PACKAGE): void {
  if (path.resolve(outDir) !== TYPES_PACKAGE) {
    mkdirSync(outDir, { recursive: true });
    for (const file of HAND_WRITTEN) cpSync(path.join(TYPES_PACKAGE, file), path.join(outDir, file));
  }
  const contractOut = path.join(outDir, 'contract');
  rmSync(contractOut, { recursive: true, force: true });
  const sources = readdirSync(path.join(ROOT, 'src', 'contract'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(ROOT, 'src', 'contract', file));
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '--ignoreConfig',
      '--declaration',
      '--emitDeclarationOnly',
      '--strict',
      '--skipLibCheck',
      '--target',
      'ES2022',
      '--lib',
      'ES2023,DOM',
      '--module',
      'ESNext',
      '--moduleResolution',
      'bundler',
      '--types',
      'node',
      '--rootDir',
      path.join(ROOT, 'src', 'contract'),
      '--outDir',
      contractOut,
      ...sources,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

if (require.main === module) buildTypes(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
