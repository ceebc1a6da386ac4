// Debian's Chromium, driven by playwright-core. Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_MISSING = `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`;

/**
 * Where the browser suites find the one Chromium they share: the global setup launches it and puts
 * its endpoint here, so every suite (in any jest worker) connects to it instead of starting its own.
 */
export const SHARED_CHROMIUM_ENV = 'ACTIVE_SESSIONS_E2E_CHROMIUM';

// Without the background-networking flags Chromium keeps dialling out, and this machine's network refuses it.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LAUNCH = { executablePath: CHROMIUM_PATH, args: ARGS, headless: true };

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
}

/** A browser with a fresh profile of its own (playwright makes a new user-data dir per launch). */
export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch(LAUNCH);
}

/** One Chromium that several processes connect to (see `SHARED_CHROMIUM_ENV`). */
export async function launchSharedChromium(): Promise<BrowserServer> {
  assertChromium();
  return chromium.launchServer(LAUNCH);
}

/**
 * A connection to the shared Chromium when the global setup started one, else a browser of its own.
 * Either way each caller gets its own `Browser`: closing it closes the contexts it made, and for a
 * shared one disconnects without stopping Chromium.
 */
export async function chromiumForSuite(): Promise<Browser> {
  const endpoint = process.env[SHARED_CHROMIUM_ENV];
  return endpoint ? chromium.connect(endpoint) : launchChromium();
}
