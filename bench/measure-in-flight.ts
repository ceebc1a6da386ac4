// With the dispatcher answering in 2 s, how many list requests the page keeps open at once while
// the user clicks Refresh and the auto-refresh runs. Read from the simulator's own counters.
import { getStats, resetStats, setSettings } from '../mock-host/simulator/control';
import { type Bench, PAGE_ROUTE, TENANTS } from './console';

export interface InFlightResult {
  latencyMs: number;
  listRequests: number;
  maxInFlight: number;
  autoRefreshSeen: boolean;
  /** What the bench did, for the report. */
  script: string;
}

const LATENCY_MS = 2000;
const REFRESH_CLICKS = 3;
/**
 * The page's own check without a change feed (every 5 s after an answer, src/list/list-loader.ts),
 * plus slack. The console runs without its feed here, where the page would check once a minute.
 */
const AUTO_REFRESH_WAIT_MS = 5_000 + 10_000;

export async function measureInFlight(bench: Bench): Promise<InFlightResult> {
  const simulator = bench.host.simulatorUrl;
  const config = bench.host.config();
  bench.host.setConfig({ ...config, changeFeed: false });
  const tab = await bench.openConsole(TENANTS.small.id);
  await setSettings(simulator, { latencyMs: LATENCY_MS });
  try {
    await resetStats(simulator);
    await tab.go(PAGE_ROUTE);
    const refresh = tab.page.getByRole('button', { name: 'Refresh', exact: true });
    // Clicks while the list is loading: forced, since the button is aria-disabled then.
    const clickRefreshRepeatedly = async () => {
      for (let i = 0; i < REFRESH_CLICKS; i++) {
        await refresh.click({ force: true });
        await tab.page.waitForTimeout(300);
      }
    };
    await clickRefreshRepeatedly();
    const waitIdle = async () => {
      while ((await getStats(simulator)).inFlight.list > 0) await tab.page.waitForTimeout(100);
    };
    await waitIdle();
    const afterClicks = (await getStats(simulator)).requests.list;
    // The page's own check comes 5 s after the last answer; clicking again while it is in flight.
    const deadline = Date.now() + AUTO_REFRESH_WAIT_MS;
    let autoRefreshSeen = false;
    while (Date.now() < deadline) {
      const stats = await getStats(simulator);
      if (stats.requests.list > afterClicks) {
        autoRefreshSeen = true;
        break;
      }
      await tab.page.waitForTimeout(100);
    }
    if (autoRefreshSeen) await clickRefreshRepeatedly();
    await waitIdle();
    const stats = await getStats(simulator);
    return {
      latencyMs: LATENCY_MS,
      listRequests: stats.requests.list,
      maxInFlight: stats.maxInFlight.list,
      autoRefreshSeen,
      script: `the list answered in ${LATENCY_MS / 1000} s; after the first rows, Refresh clicked ${REFRESH_CLICKS}× 300 ms apart (the first click reloads, the others land while that reload runs), then ${REFRESH_CLICKS}× again as soon as the page's own 5 s check had sent its request`,
    };
  } finally {
    await setSettings(simulator, { latencyMs: 0 });
    await tab.close();
    bench.host.setConfig(config);
  }
}
