// Runs the simulator from the command line: `tsx mock-host/simulator/main.ts`.
// Environment: SIMULATOR_PORT (default 3100), SIMULATOR_SESSIONS (per ordinary tenant, default 300),
// SIMULATOR_SEED, SIMULATOR_LATENCY_MS, SIMULATOR_HOST (default 127.0.0.1).

import { startSimulator } from './server';

function numberFromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const port = numberFromEnv('SIMULATOR_PORT') ?? 3100;
  const sessionsPerTenant = numberFromEnv('SIMULATOR_SESSIONS');
  const seed = numberFromEnv('SIMULATOR_SEED');
  const latencyMs = numberFromEnv('SIMULATOR_LATENCY_MS');
  const host = process.env.SIMULATOR_HOST || undefined;
  const simulator = await startSimulator({
    port,
    ...(host === undefined ? {} : { host }),
    ...(sessionsPerTenant === undefined ? {} : { sessionsPerTenant }),
    ...(seed === undefined ? {} : { seed }),
    ...(latencyMs === undefined ? {} : { latencyMs }),
  });
  console.log(`Dispatcher simulator: API ${simulator.apiUrl}  control ${simulator.url}/__control/state`);
  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
