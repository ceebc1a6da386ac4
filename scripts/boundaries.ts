// The import boundaries of the module, read from the folders' own READMEs and checked on every file.
//
// Each folder of src/ has a README whose line `May import: a, b` (or `May import: nothing`) names the
// other parts of src/ its code may import; the top-level files are parts of their own (`manifest`,
// `routes`, `app`). Code outside src/ (the mock host, the consoles of hosts/, the browser suites, the
// benchmark) reaches the module only through src/contract, as any host would; the benchmark's floor
// pages may share the pure query-building functions through src/list/query.ts alone. Tests beside the
// code (`*.test.*`) may import what they test and any test helper. `npm test` runs the check
// (test/boundaries.test.ts), so a forbidden import fails it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');

/** Parts of src/ that are single files rather than folders. */
const TOP_FILES: Record<string, string> = {
  'app.tsx': 'app',
  'manifest.ts': 'manifest',
  'routes.ts': 'routes',
  'globals.d.ts': 'globals',
};

/** What the top-level files may import (they have no README of their own). */
const TOP_RULES: Record<string, string[]> = {
  app: ['mount'],
  manifest: ['contract', 'routes'],
  routes: [],
  globals: [],
};

/** Code outside src/ and what it may reach inside src/ (paths relative to the repository). */
const OUTSIDE: Array<{ from: RegExp; may: RegExp; why: string }> = [
  {
    from: /^mock-host\/shell\/src\/bench\//,
    may: /^src\/contract\/|^src\/list\/query\.ts$/,
    why: 'the floor pages share only the contract and the pure query-building functions',
  },
  {
    from: /^(mock-host|hosts|e2e|bench)\//,
    may: /^src\/contract\//,
    why: 'a host reaches the module only through its contract and federation',
  },
];

export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

/** The part of src/ a file belongs to: its folder, or the top-level file's own name. */
export function partOf(file: string): string | null {
  const match = /^src\/([^/]+)(\/|$)/.exec(file);
  if (!match) return null;
  const first = match[1] as string;
  return match[2] === '/' ? first : (TOP_FILES[first] ?? first);
}

/** `May import: a, b` from a folder's README; null when the README or the line is missing. */
export function readRule(readme: string): string[] | null {
  const line = /^May import:\s*(.+)$/m.exec(readme);
  if (!line) return null;
  const list = (line[1] as string).trim().replace(/\.$/, '');
  if (/^nothing$/i.test(list)) return [];
  return list.split(',').map((name) => name.trim().replace(/`/g, ''));
}

/** The rule of every part of src/: folders from their READMEs, top-level files from TOP_RULES. */
export function readRules(root = ROOT): Map<string, string[] | null> {
  const rules = new Map<string, string[] | null>(Object.entries(TOP_RULES));
  for (const entry of readdirSync(path.join(root, 'src'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const readme = path.join(root, 'src', entry.name, 'README.md');
    rules.set(entry.name, existsSync(readme) ? readRule(readFileSync(readme, 'utf8')) : null);
  }
  return rules;
}

const CODE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const SKIP =
  /(^|\/)(node_modules|dist|dist-sourcemaps|@mf-types|artifacts|reports|coverage|\.stryker-tmp)(\/|$)/;

/** Every code file under `dirs`, relative to `root`. */
export function codeFiles(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    if (SKIP.test(relative)) return;
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (CODE.test(entry.name)) found.push(child);
    }
  };
  for (const dir of dirs) walk(dir);
  return found.sort();
}

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '/index.ts', '/index.tsx', '/index.js'];

/** The repository files `file` imports (static, dynamic, re-exports, require), relative ones only. */
export function importsOf(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const targets: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName));
    const hit = EXTENSIONS.map((ext) => base + ext).find((candidate) => {
      const absolute = path.join(root, candidate);
      return existsSync(absolute) && !readdirSafe(absolute);
    });
    targets.push(hit ?? base);
  }
  return targets;
}

function readdirSafe(absolute: string): boolean {
  try {
    readdirSync(absolute);
    return true;
  } catch {
    return false;
  }
}

const isTest = (file: string) => /\.(test|e2e)\.[jt]sx?$/.test(file) || /^test\//.test(file);

/** Every import that crosses a boundary it may not, in `files` (default: the whole repository). */
export function checkBoundaries(root = ROOT, files?: string[]): Violation[] {
  const rules = readRules(root);
  const all = files ?? codeFiles(root, ['src', 'mock-host', 'hosts', 'e2e', 'bench', 'scripts', 'test']);
  const violations: Violation[] = [];
  for (const [part, rule] of rules) {
    if (rule === null) violations.push({ file: `src/${part}`, imports: '-', rule: 'no `May import:` line' });
    for (const other of rule ?? []) {
      if (!rules.has(other)) violations.push({ file: `src/${part}`, imports: other, rule: 'no such part' });
    }
  }
  for (const file of all) {
    const from = partOf(file);
    for (const target of importsOf(root, file)) {
      const to = partOf(target);
      if (from !== null) {
        if (to === null || to === from || isTest(file)) continue;
        if (!(rules.get(from) ?? []).includes(to)) {
          violations.push({ file, imports: target, rule: `${from} may not import ${to}` });
        }
      } else if (to !== null) {
        const outside = OUTSIDE.find((rule) => rule.from.test(file));
        if (outside && !outside.may.test(target))
          violations.push({ file, imports: target, rule: outside.why });
      }
    }
  }
  return violations;
}

/** A loop among the parts' rules (a may import b, b may import a), as the parts in order; null if none. */
export function ruleLoop(rules: Map<string, string[] | null>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (part: string, trail: string[]): string[] | null => {
    if (state.get(part) === 'done') return null;
    if (state.get(part) === 'visiting') return [...trail.slice(trail.indexOf(part)), part];
    state.set(part, 'visiting');
    for (const next of rules.get(part) ?? []) {
      const loop = visit(next, [...trail, part]);
      if (loop) return loop;
    }
    state.set(part, 'done');
    return null;
  };
  for (const part of rules.keys()) {
    const loop = visit(part, []);
    if (loop) return loop;
  }
  return null;
}

if (require.main === module) {
  const violations = checkBoundaries();
  const loop = ruleLoop(readRules());
  for (const v of violations) console.log(`${v.file} → ${v.imports}: ${v.rule}`);
  if (loop) console.log(`loop: ${loop.join(' → ')}`);
  process.exitCode = violations.length || loop ? 1 : 0;
}
