/** @jest-config-loader esbuild-register */
// The jsdom suites on React 19 alone, for the mutation run (`npm run mutate`): every mutant is tried
// against the unit project exactly as `npm test` runs it, once rather than once per React.
import path from 'node:path';
import type { Config } from 'jest';
import base from './jest.config';

type Project = Exclude<NonNullable<Config['projects']>[number], string>;

const unit = base.projects?.find(
  (project): project is Project => typeof project === 'object' && project.displayName === 'unit',
);
if (!unit) throw new Error('jest.config.ts has no "unit" project');

const { displayName: _name, ...settings } = unit;

const config: Config = {
  ...settings,
  // A mutant's run ends at its first failing test, and a test that hangs under a mutant fails after
  // 15 s (see the environment). The initial run has the generous limit of every other run: the longest
  // page tests take several seconds on a busy shared machine, more under its coverage counting.
  // Absolute: Stryker's jest runner loads the environment itself, without resolving <rootDir>.
  testEnvironment: path.join(__dirname, 'test/stryker-bail-environment.cjs'),
  testTimeout: 30_000,
  // Stryker names the tests that cover a mutant; this skips the test files that hold none of them.
  testSequencer: '<rootDir>/test/stryker-test-sequencer.cjs',
};

export default config;
