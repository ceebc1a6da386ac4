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
  // A mutant's run ends at its first failing test (see the environment), and a test that hangs under a
  // mutant fails after 10 s instead of running into Stryker's timeout, which costs a worker restart.
  // The unit tests take well under a second each; the initial run fails loudly if one ever nears this.
  // Absolute: Stryker's jest runner loads the environment itself, without resolving <rootDir>.
  testEnvironment: path.join(__dirname, 'test/stryker-bail-environment.cjs'),
  testTimeout: 10_000,
  // Stryker names the tests that cover a mutant; this skips the test files that hold none of them.
  testSequencer: '<rootDir>/test/stryker-test-sequencer.cjs',
};

export default config;
