// Jest's test sequencer for the mutation run (jest.stryker.config.ts), which skips the test files that
// hold none of the tests a mutant run asks for.
//
// Stryker's jest runner names the tests that cover a mutant by `testNamePattern` only, and jest then
// loads every test file related to the mutated file to look for them: for a rule in model.ts that is
// nearly every page suite, each a few seconds of imports for no test at all. Which file holds which
// test is learned from the first, complete run (Stryker's dry run) and kept beside jest's own timing
// cache; a later run with a name pattern keeps only the files with a matching test, matched as jest
// matches them. A file it knows nothing of is always kept, so the worst case is jest's own behaviour.
//
// A mutant's files then run quickest first (by their last duration), not jest's slowest first: the run
// stops at the first failing test (see the environment), so a unit test that kills the mutant in
// milliseconds goes before the page suites that would take seconds to do the same.
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

class CoveringTestsSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.testNamePattern = options.globalConfig.testNamePattern;
  }

  namesPath(context) {
    return path.join(context.config.cacheDirectory, `stryker-test-names-${context.config.id}.json`);
  }

  /** The names by file, with when they were learned: a file changed since then is always run. */
  readNames(context) {
    try {
      const file = this.namesPath(context);
      return { learnedAtMs: fs.statSync(file).mtimeMs, names: JSON.parse(fs.readFileSync(file, 'utf8')) };
    } catch {
      return null;
    }
  }

  async sort(tests) {
    const sorted = await super.sort(tests);
    if (!this.testNamePattern) return sorted;
    const pattern = new RegExp(this.testNamePattern, 'i');
    const known = new Map();
    const kept = sorted.filter((test) => {
      if (!known.has(test.context)) known.set(test.context, this.readNames(test.context));
      const learned = known.get(test.context);
      const names = learned?.names[test.path];
      if (names === undefined || fs.statSync(test.path).mtimeMs > learned.learnedAtMs) return true;
      return names.some((name) => pattern.test(name));
    });
    // Files never timed (new ones) last: jest's order among them.
    const duration = (test) => this.time(test) ?? Number.POSITIVE_INFINITY;
    return kept
      .map((test, index) => ({ test, index, took: duration(test) }))
      .sort((a, b) => a.took - b.took || a.index - b.index)
      .map(({ test }) => test);
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    // Only a run of every test knows every name; a filtered run would forget the tests it skipped.
    if (this.testNamePattern) return;
    const byContext = new Map();
    const contextOf = new Map(tests.map((test) => [test.path, test.context]));
    for (const file of results.testResults) {
      const context = contextOf.get(file.testFilePath);
      if (!context || file.testExecError) continue;
      if (!byContext.has(context)) byContext.set(context, {});
      byContext.get(context)[file.testFilePath] = file.testResults.map((test) => test.fullName);
    }
    for (const [context, names] of byContext) {
      fs.mkdirSync(context.config.cacheDirectory, { recursive: true });
      fs.writeFileSync(this.namesPath(context), JSON.stringify(names));
    }
  }
}

module.exports = CoveringTestsSequencer;
