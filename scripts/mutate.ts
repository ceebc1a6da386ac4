// `npm run mutate [-- <stryker options>]`: the mutation run, then the per-file check.
//
// 1. `stryker run` with the options given (stryker.config.json: incremental, so only mutants in
//    changed code, or covered by changed tests, are tested again; `--force` tests every one, and
//    `--mutate <globs>` one part of src/ while keeping the results of the others).
// 2. The incremental file (test/mutation/stryker-incremental.json, committed so that a fresh clone
//    starts from the last results) is cut down to what the next run reads: no failure messages (they
//    hold this machine's paths and whole DOM dumps), no covering tests for a killed mutant (its killing
//    test decides), no copy of the options. One mutant or test a line, so a change diffs as lines.
// 3. scripts/mutation-per-file.ts: every mutated file at 90 % or more.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkPerFile, REPORT } from './mutation-per-file';

const ROOT = path.resolve(__dirname, '..');
const INCREMENTAL = path.join(ROOT, 'test', 'mutation', 'stryker-incremental.json');

interface Mutant {
  status: string;
  statusReason?: string;
  coveredBy?: string[];
  killedBy?: string[];
  [field: string]: unknown;
}

interface IncrementalReport {
  schemaVersion: string;
  thresholds: unknown;
  files: Record<string, { language: string; source: string; mutants: Mutant[] }>;
  testFiles?: Record<string, { source?: string; tests: unknown[] }>;
  framework?: { name: string; version: string };
  [field: string]: unknown;
}

/** What the next incremental run reads, and nothing else (see the header). */
export function compactReport(report: IncrementalReport): IncrementalReport {
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => [
      name,
      {
        ...file,
        mutants: file.mutants.map(({ statusReason: _reason, coveredBy, ...mutant }) =>
          mutant.status === 'Killed' ? mutant : { ...mutant, coveredBy },
        ),
      },
    ]),
  );
  return {
    schemaVersion: report.schemaVersion,
    thresholds: report.thresholds,
    ...(report.framework
      ? { framework: { name: report.framework.name, version: report.framework.version } }
      : {}),
    files,
    ...(report.testFiles ? { testFiles: report.testFiles } : {}),
  };
}

/** JSON with each mutant and each test on a line of its own, files and their sources in order. */
export function formatReport(report: IncrementalReport): string {
  const json = (value: unknown) => JSON.stringify(value);
  const list = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `        ${json(item)}`).join(',\n')}\n      ]`;
  const entries = <T>(record: Record<string, T>, body: (value: T) => string) =>
    Object.keys(record)
      .sort()
      .map((name) => `    ${json(name)}: {\n${body(record[name] as T)}\n    }`)
      .join(',\n');
  const { files, testFiles, ...head } = report;
  const fields = Object.entries(head).map(([key, value]) => `  ${json(key)}: ${json(value)}`);
  fields.push(
    `  "files": {\n${entries(
      files,
      ({ mutants, ...file }) =>
        `${Object.entries(file)
          .map(([key, value]) => `      ${json(key)}: ${json(value)},`)
          .join('\n')}\n      "mutants": ${list(mutants)}`,
    )}\n  }`,
  );
  if (testFiles) {
    fields.push(
      `  "testFiles": {\n${entries(
        testFiles,
        ({ tests, ...file }) =>
          `${Object.entries(file)
            .map(([key, value]) => `      ${json(key)}: ${json(value)},`)
            .join('\n')}\n      "tests": ${list(tests)}`,
      )}\n  }`,
    );
  }
  return `{\n${fields.join(',\n')}\n}\n`;
}

if (require.main === module) {
  const began = Date.now();
  const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const wrote = (file: string) => existsSync(file) && statSync(file).mtimeMs >= began;
  if (wrote(INCREMENTAL)) {
    const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8')) as IncrementalReport;
    writeFileSync(INCREMENTAL, formatReport(compactReport(report)));
  }
  if (!wrote(REPORT)) {
    const how = stryker.signal ? `was stopped (${stryker.signal})` : `ended with ${stryker.status}`;
    console.error(`Stryker ${how} and wrote no report: nothing to check.`);
    process.exit(stryker.status || 1);
  }
  console.log('');
  const passed = checkPerFile(REPORT);
  process.exit(passed ? (stryker.status ?? 1) : 1);
}
