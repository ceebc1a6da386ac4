// Runs once before the browser suites: Chromium must be there, and both production builds fresh.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { assertChromium } from './chromium';

export default function globalSetup(): void {
  assertChromium();
  const root = path.resolve(__dirname, '../..');
  for (const script of ['build', 'build:host']) {
    execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
