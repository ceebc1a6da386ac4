// The jsdom environment for the mutation run (jest.stryker.config.ts), which stops a mutant's run at its
// first failing test: the rest of its tests are skipped.
//
// One failing test is all a mutant needs to count as killed, but jest has no bail it can be told of
// programmatically, so Stryker's jest runner cannot bail. A mutant that breaks the page would otherwise
// run every page test to its end, each waiting out its queries, until Stryker gives up on it as a
// timeout and restarts the worker. Stryker runs jest in one process (runInBand) and names the mutant
// under test in an environment variable; a failure is remembered against that mutant, across the test
// files of its run. Without an active mutant (the initial, complete run) nothing is skipped.
//
// Under a mutant, a test (without a limit of its own) fails after 15 s, the bound of waitFor and findBy
// (test/jsdom-setup.ts): a mutant that leaves a test waiting for what never comes is killed there,
// rather than running into Stryker's timeout, which costs a restart of the worker. The initial run
// keeps the configuration's more generous limit, as the tests' timings are learned there.
const { TestEnvironment } = require('jest-environment-jsdom');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
const MUTANT_TEST_TIMEOUT_MS = 15_000;
let killedMutant;

class BailOnFirstFailure extends TestEnvironment {
  async handleTestEvent(event, state) {
    await super.handleTestEvent?.(event, state);
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') killedMutant = mutant;
    else if (event.name === 'test_start') {
      if (killedMutant === mutant) event.test.mode = 'skip';
      else event.test.timeout ??= MUTANT_TEST_TIMEOUT_MS;
    }
  }
}

module.exports = BailOnFirstFailure;
