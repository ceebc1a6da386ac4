// `npm run flake-check`: the jsdom and node projects 10 times and the browser suite 3 times in a row,
// exactly as `npm run test:unit` and `npm run test:e2e` run them, reporting every failure with its
// suite, test, message and run number, then a summary. Exits non-zero on any failure. Not part of
// `npm test`: it takes a while. `--unit-runs N` and `--e2e-runs N` change the counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Failure, failuresOf, readReport } from './jest-report';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'artifacts', 'flake-check');

function count(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} takes a whole number`);
  return value;
}

const PLAN = [
  { name: 'jsdom + node', script: 'test:unit', runs: count('--unit-runs', 10) },
  { name: 'browser', script: 'test:e2e', runs: count('--e2e-runs', 3) },
];

interface RunResult {
  project: string;
  run: number;
  seconds: number;
  tests: number;
  exitCode: number | null;
  failures: Failure[];
}

mkdirSync(OUT, { recursive: true });
const results: RunResult[] = [];
const started = Date.now();

for (const { name, script, runs } of PLAN) {
  for (let run = 1; run <= runs; run += 1) {
    const file = path.join(OUT, `${script.replace(':', '-')}-${run}.json`);
    rmSync(file, { force: true });
    const began = Date.now();
    const child = spawnSync('npm', ['run', '--silent', script, '--', '--json', `--outputFile=${file}`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const seconds = (Date.now() - began) / 1000;
    let failures: Failure[];
    let tests = 0;
    try {
      const report = readReport(file);
      tests = report.numTotalTests;
      failures = failuresOf(report);
      if (child.status !== 0 && failures.length === 0) {
        failures = [
          { suite: '(jest)', test: '(the run)', message: `exited ${child.status} with no failed test` },
        ];
      }
    } catch {
      // No report at all: jest could not start (global setup, config). Its own words say why.
      const tail = (child.stderr ?? '').trim().split('\n').slice(-6).join('\n');
      failures = [{ suite: '(jest)', test: '(the run)', message: tail || `exited ${child.status}` }];
    }
    results.push({ project: name, run, seconds, tests, exitCode: child.status, failures });
    const verdict = failures.length === 0 ? 'pass' : `${failures.length} FAILED`;
    console.log(`${name} run ${run}/${runs}: ${tests} tests, ${seconds.toFixed(1)} s, ${verdict}`);
    for (const failure of failures) {
      console.log(`  ✕ ${failure.suite} › ${failure.test}\n    ${failure.message.replace(/\n/g, '\n    ')}`);
    }
  }
}

const failed = results.flatMap((result) => result.failures.map((failure) => ({ ...failure, result })));
console.log('\nSummary');
for (const { name, runs } of PLAN) {
  const mine = results.filter((result) => result.project === name);
  const bad = mine.filter((result) => result.failures.length > 0).length;
  const times = mine.map((result) => result.seconds).sort((a, b) => a - b);
  const median = times.length ? times[Math.floor((times.length - 1) / 2)] : 0;
  console.log(`  ${name}: ${runs - bad}/${runs} runs green, median ${median?.toFixed(1)} s per run`);
}
const byTest = new Map<string, number[]>();
for (const { suite, test, result } of failed) {
  const key = `${result.project}: ${suite} › ${test}`;
  byTest.set(key, [...(byTest.get(key) ?? []), result.run]);
}
for (const [key, runs] of byTest) console.log(`  ✕ ${key} (run ${runs.join(', ')})`);
console.log(
  `  ${((Date.now() - started) / 60_000).toFixed(1)} min in all; reports in ${path.relative(ROOT, OUT)}/`,
);
writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify(results, null, 2));
process.exit(failed.length === 0 ? 0 : 1);
