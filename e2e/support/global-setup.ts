// Runs once before the browser suites: Chromium must be there, and both production builds fresh.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { assertChromium } from './chromium';

export default function globalSetup(): void {
  try {
    assertChromium();
  } catch (error) {
    // One line that says what to do, not a stack trace; and a failure, never a silent skip.
    process.stderr.write(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  const root = path.resolve(__dirname, '../..');
  for (const script of ['build', 'build:host']) {
    execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
