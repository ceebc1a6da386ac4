// Runs once before the browser suites: Chromium must be there, both production builds fresh, and one
// Chromium started for every suite to share (stopped by global-teardown.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserServer } from 'playwright-core';
import { assertChromium, launchSharedChromium, SHARED_CHROMIUM_ENV } from './chromium';

const ROOT = path.resolve(__dirname, '../..');
const RSPACK = path.join(ROOT, 'node_modules/.bin/rspack');

/** The same builds as `npm run build` and `npm run build:host`, side by side. */
const BUILDS = [
  ['build', '--mode', 'production'],
  ['build', '--mode', 'production', '--config', 'mock-host/shell/rspack.config.ts'],
];

export default async function globalSetup(): Promise<void> {
  try {
    assertChromium();
  } catch (error) {
    // One line that says what to do, not a stack trace; and a failure, never a silent skip.
    process.stderr.write(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  const run = promisify(execFile);
  const [browser, ...builds] = await Promise.allSettled([
    launchSharedChromium(),
    ...BUILDS.map((args) => run(RSPACK, args, { cwd: ROOT })),
  ]);
  const failed = builds.find((build) => build.status === 'rejected');
  if (browser.status === 'rejected' || failed) {
    if (browser.status === 'fulfilled') await browser.value.close();
    if (browser.status === 'rejected') throw browser.reason;
    const { stdout = '', stderr = '' } = (failed as PromiseRejectedResult).reason;
    throw new Error(`A production build for the browser suites failed:\n${stdout}${stderr}`);
  }
  (globalThis as { __sharedChromium?: BrowserServer }).__sharedChromium = browser.value;
  process.env[SHARED_CHROMIUM_ENV] = browser.value.wsEndpoint();
}
