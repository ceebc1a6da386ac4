// `act-then-hang`: the dispatcher does the work and its answer never comes, as a client that times out
// after the server acted sees it. A retry with the same key gets the first answer and acts no more.
import { getStats, setFault } from './control';
import { IDEMPOTENCY_HEADER } from '../../src/contract/dispatcher-api';
import { until } from '../../test/until';
import { freshKey, simulatorPerFile } from './testing';

const simulator = simulatorPerFile();

it('acts, never answers, and a retry with the same key is a replay of the one release', async () => {
  const page = await simulator.admin.list({ state: 'WITH_AGENT', limit: 200 });
  const target = page.body.items.find((session) => session.agent);
  if (!target) throw new Error('no assigned session');
  await setFault(simulator.sim.url, 'release', { mode: 'act-then-hang', times: 1 });
  const key = freshKey();
  const controller = new AbortController();
  const lost = fetch(new URL(`sessions/${target.id}/release`, simulator.sim.apiUrl), {
    method: 'POST',
    headers: {
      'X-Tenant-Id': 'acme',
      'X-User-Id': 'admin',
      'Content-Type': 'application/json',
      [IDEMPOTENCY_HEADER]: key,
    },
    body: JSON.stringify({ notes: 'lost' }),
    signal: controller.signal,
  }).catch((error: unknown) => error);
  // The work is done although no answer came.
  await until(
    'the release is performed',
    async () => (await getStats(simulator.sim.url)).releasesPerformed > 0,
  );
  expect((await getStats(simulator.sim.url)).releasesPerformed).toBe(1);
  expect((await getStats(simulator.sim.url)).inFlight.release).toBe(1);
  controller.abort();
  expect(await lost).toMatchObject({ name: 'AbortError' });

  const retry = await simulator.admin.release(target.id, { notes: 'lost' }, key);
  expect(retry.status).toBe(200);
  expect(retry.body.agent).toBeNull();
  const stats = await getStats(simulator.sim.url);
  expect(stats).toMatchObject({ releasesPerformed: 1, idempotentReplays: 1 });
  const released = (await simulator.admin.audit(target.id)).body.items.filter(
    (entry) => entry.action === 'RELEASED',
  );
  expect(released).toHaveLength(1);
});
