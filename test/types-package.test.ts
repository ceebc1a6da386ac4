// The types package host teams install (packages/active-sessions-types): generated from src/contract by
// `npm run build:types`, versioned with the module, packable with declarations only, and good enough
// to catch a wrong prop in a console's registration (hosts/typescript-console, type-checked by tsc).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import rootPackage from '../package.json';
import { buildTypes, TYPES_PACKAGE } from '../scripts/build-types';

const ROOT = path.resolve(__dirname, '..');
const CONSOLE = path.join(ROOT, 'hosts', 'typescript-console');
const TSC = require.resolve('typescript/bin/tsc');

const packageJson = JSON.parse(readFileSync(path.join(TYPES_PACKAGE, 'package.json'), 'utf8'));
let work: string;
let built: string;

beforeAll(() => {
  // Under the repository's node_modules: the console's copy resolves its packages (React, axios,
  // single-spa) as the console does, without a folder in the work tree.
  const cache = path.join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  work = mkdtempSync(path.join(cache, 'types-package-'));
  built = path.join(work, 'package');
  buildTypes(built);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('is versioned with the module and declares types only', () => {
  expect(packageJson).toMatchObject({ version: rootPackage.version, types: 'index.d.ts' });
  expect(packageJson.main).toBeUndefined();
  expect(packageJson.exports).toBeUndefined();
  expect(packageJson.dependencies).toBeUndefined();
});

test('packs the declarations of every file of src/contract, and no code', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: built,
      encoding: 'utf8',
    }),
  ) as Array<{ name: string; version: string; files: Array<{ path: string }> }>;
  const contract = readdirSync(path.join(ROOT, 'src', 'contract'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => `contract/${file.replace(/\.ts$/, '.d.ts')}`);
  expect(pack?.name).toBe('active-sessions-mfe-types');
  expect(pack?.version).toBe(rootPackage.version);
  expect(pack?.files.map((file) => file.path).sort()).toEqual(
    ['README.md', 'index.d.ts', 'modules.d.ts', 'package.json', ...contract].sort(),
  );
});

/**
 * Type-checks a copy of the TypeScript console's sources (after `change`, if any) against the package
 * built above, with the console's own tsconfig; returns tsc's output, empty when it passed.
 */
function checkConsole(change?: (bootstrap: string) => string): string {
  const dir = mkdtempSync(path.join(work, 'console-'));
  cpSync(path.join(CONSOLE, 'src'), path.join(dir, 'src'), { recursive: true });
  const bootstrap = path.join(dir, 'src', 'bootstrap.tsx');
  if (change) writeFileSync(bootstrap, change(readFileSync(bootstrap, 'utf8')));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(CONSOLE, 'tsconfig.json'),
      compilerOptions: {
        // The package as built above, not the copy in the repository's node_modules.
        paths: { 'active-sessions-mfe-types': [built], 'active-sessions-mfe-types/*': [`${built}/*`] },
        types: [],
      },
      include: ['src'],
    }),
  );
  try {
    execFileSync(process.execPath, [TSC, '--noEmit', '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return `${(error as { stdout?: string }).stdout ?? ''}`;
  }
}

test('the TypeScript console’s registration type-checks against it', () => {
  expect(checkConsole()).toBe('');
}, 60_000);

test('a misspelt prop in that registration fails the check, named', () => {
  const output = checkConsole((source) => source.replace('domElement: outlet,', 'domElemnt: outlet,'));
  expect(output).toContain("'domElemnt' does not exist in type 'ActiveSessionsProps'");
}, 60_000);

test('a prop of the wrong type fails it too', () => {
  const output = checkConsole((source) => source.replace('navigate: navigateToUrl,', "navigate: '/home',"));
  expect(output).toMatch(
    /bootstrap\.tsx\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type '\(path: string\) => void'/,
  );
}, 60_000);
