// `npm run test:timings`: runs the steps of `npm test` one by one and says where the time goes: each
// step's wall time, then every jest suite's (slowest first, with its slowest test). Nothing is
// asserted; a step that fails is reported and the others still run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { failuresOf, readReport, suiteTimings } from './jest-report';

const ROOT = path.resolve(__dirname, '..');
const REPORT = path.join(ROOT, 'artifacts', 'test-timings', 'jest.json');

function step(name: string, command: string, args: string[]) {
  const began = Date.now();
  const child = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (Date.now() - began) / 1000;
  console.log(
    `${name.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s${child.status === 0 ? '' : '  FAILED'}`,
  );
  return seconds;
}

mkdirSync(path.dirname(REPORT), { recursive: true });
rmSync(REPORT, { force: true });
const total = [
  step('lint (biome)', 'npm', ['run', '--silent', 'lint']),
  step('typecheck (tsc)', 'npm', ['run', '--silent', 'typecheck']),
  step('jest: unit (React 19, 18.3), node, e2e', 'npx', [
    'jest',
    '--selectProjects',
    'unit',
    'unit-react18',
    'node',
    'e2e',
    '--json',
    `--outputFile=${REPORT}`,
  ]),
].reduce((sum, seconds) => sum + seconds, 0);
console.log(`${'all steps'.padEnd(28)} ${total.toFixed(1).padStart(6)} s\n`);

const report = readReport(REPORT);
for (const { suite, seconds, tests, slowest } of suiteTimings(report)) {
  const detail = slowest ? `slowest ${slowest.seconds.toFixed(1)} s: ${slowest.test.slice(0, 70)}` : '';
  console.log(
    `${seconds.toFixed(1).padStart(6)} s  ${String(tests).padStart(3)} tests  ${suite.padEnd(48)} ${detail}`,
  );
}
for (const failure of failuresOf(report)) console.log(`✕ ${failure.suite} › ${failure.test}`);
