// Stops the Chromium the global setup started for the browser suites.
import type { BrowserServer } from 'playwright-core';
import { SHARED_CHROMIUM_ENV } from './chromium';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __sharedChromium?: BrowserServer };
  await holder.__sharedChromium?.close();
  holder.__sharedChromium = undefined;
  delete process.env[SHARED_CHROMIUM_ENV];
}
