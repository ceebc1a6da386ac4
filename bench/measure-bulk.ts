// A bulk release of 200 sessions with the dispatcher answering every request 100 ms late: the wall time
// from the click on "Release 200 sessions" to the dialog saying they are all released, against the
// ideal of one wave of 4 requests per 100 ms (200 / 4 × 100 ms = 5 s). Sessions are chosen page by
// page, as an administrator would, from the large tenant's WITH_AGENT view.
import { getStats, resetStats, setSettings } from '../mock-host/simulator/control';
import { type Bench, PAGE_ROUTE, TENANTS } from './console';

export interface BulkResult {
  sessions: number;
  latencyMs: number;
  inFlight: number;
  /** sessions / inFlight × latency. */
  idealMs: number;
  wallMs: number;
  releasesPerformed: number;
  maxReleasesInFlight: number;
}

const SESSIONS = 200;
const LATENCY_MS = 100;
const IN_FLIGHT = 4;

export async function measureBulk(bench: Bench): Promise<BulkResult> {
  const simulator = bench.host.simulatorUrl;
  const tab = await bench.openConsole(TENANTS.large.id);
  const { page } = tab;
  try {
    await tab.go(`${PAGE_ROUTE}?size=100`);
    // Page after page, every releasable session of it, until there are enough; then the extra ones off.
    const chosen = () => page.locator('[data-testid="session-row"] input[type="checkbox"]:checked').count();
    let total = 0;
    for (;;) {
      await page
        .getByRole('checkbox', { name: 'Select every session on this page that can be released' })
        .check();
      await page.getByTestId('bulk-bar').waitFor();
      total += await chosen();
      if (total >= SESSIONS) break;
      const first = await page.locator('[data-testid="session-row"]').first().getAttribute('data-session-id');
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.waitForFunction(
        (id) => document.querySelector('[data-testid="session-row"]')?.getAttribute('data-session-id') !== id,
        first,
      );
      await page.locator('[data-testid="session-row"]').first().waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="sessions-table"]')?.getAttribute('aria-busy') === 'false',
      );
    }
    const boxes = page.locator('[data-testid="session-row"] input[type="checkbox"]:checked');
    for (let extra = total - SESSIONS; extra > 0; extra -= 1) await boxes.last().uncheck();
    await page.getByRole('button', { name: `Release ${SESSIONS} sessions` }).click();
    const dialog = page.getByRole('dialog', { name: `Release ${SESSIONS} sessions` });
    await dialog.waitFor();

    await setSettings(simulator, { latencyMs: LATENCY_MS });
    await resetStats(simulator);
    // Timed in the page: from the confirming click to the frame that shows the final count.
    const wallMs = await page.evaluate(
      ({ sessions }) =>
        new Promise<number>((resolve) => {
          const dialogElement = document.querySelector('[data-testid="bulk-dialog"]');
          const confirm = [...(dialogElement?.querySelectorAll('button') ?? [])].find(
            (button) => button.textContent === `Release ${sessions} sessions`,
          );
          if (!dialogElement || !confirm) throw new Error('no confirm button');
          const done = `${sessions} of ${sessions} released`;
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (!dialogElement.textContent?.includes(done)) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
          });
          observer.observe(dialogElement, { subtree: true, childList: true, characterData: true });
          confirm.click();
        }),
      { sessions: SESSIONS },
    );
    const stats = await getStats(simulator);
    return {
      sessions: SESSIONS,
      latencyMs: LATENCY_MS,
      inFlight: IN_FLIGHT,
      idealMs: (SESSIONS / IN_FLIGHT) * LATENCY_MS,
      wallMs,
      releasesPerformed: stats.releasesPerformed,
      maxReleasesInFlight: stats.maxInFlight.release,
    };
  } finally {
    await setSettings(simulator, { latencyMs: 0 });
    await tab.close();
  }
}
