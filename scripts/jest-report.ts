// Reading jest's --json report: the suites and tests that failed, and how long each suite took.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface AssertionResult {
  fullName: string;
  status: string;
  duration?: number | null;
  failureMessages: string[];
}

interface SuiteResult {
  name: string;
  status: string;
  message: string;
  startTime: number;
  endTime: number;
  assertionResults: AssertionResult[];
}

export interface JestReport {
  success: boolean;
  numTotalTests: number;
  numFailedTests: number;
  testResults: SuiteResult[];
}

export interface Failure {
  suite: string;
  test: string;
  message: string;
}

const ROOT = path.resolve(__dirname, '..');

export function readReport(file: string): JestReport {
  return JSON.parse(readFileSync(file, 'utf8')) as JestReport;
}

const relative = (file: string) => path.relative(ROOT, file);

/** The first lines of a failure, without colour codes, enough to tell one failure from another. */
export function firstLines(message: string, lines = 4): string {
  return (
    message
      // biome-ignore lint/suspicious/noControlCharactersInRegex: jest colours its messages
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '')
      .slice(0, lines)
      .join('\n')
  );
}

/** Every failed test, and every suite that failed without a failed test (it could not run). */
export function failuresOf(report: JestReport): Failure[] {
  const failures: Failure[] = [];
  for (const suite of report.testResults) {
    const failed = suite.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failed) {
      failures.push({
        suite: relative(suite.name),
        test: test.fullName,
        message: firstLines(test.failureMessages.join('\n')),
      });
    }
    if (suite.status === 'failed' && failed.length === 0) {
      failures.push({
        suite: relative(suite.name),
        test: '(the suite itself)',
        message: firstLines(suite.message),
      });
    }
  }
  return failures;
}

export interface SuiteTiming {
  suite: string;
  seconds: number;
  tests: number;
  slowest: { test: string; seconds: number } | null;
}

/** Wall time of each suite (setup, tests and teardown), slowest first. */
export function suiteTimings(report: JestReport): SuiteTiming[] {
  return report.testResults
    .map((suite) => {
      const slowest = [...suite.assertionResults].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))[0];
      return {
        suite: relative(suite.name),
        seconds: (suite.endTime - suite.startTime) / 1000,
        tests: suite.assertionResults.length,
        slowest: slowest ? { test: slowest.fullName, seconds: (slowest.duration ?? 0) / 1000 } : null,
      };
    })
    .sort((a, b) => b.seconds - a.seconds);
}
