// The simulator in a process of its own, for measure-watchers: its CPU time is then its own, apart
// from the load generator's. Started by simulator-process.ts over IPC; answers its CPU usage on request.
import { startSimulator } from '../mock-host/simulator/server';

interface Request {
  type: 'cpu' | 'close';
}

async function main(): Promise<void> {
  const tenantSessions = JSON.parse(process.env.WATCHERS_TENANT_SESSIONS ?? '{}') as Record<string, number>;
  const simulator = await startSimulator({ port: 0, tenantSessions });
  process.send?.({ type: 'ready', url: simulator.url, apiUrl: simulator.apiUrl });
  process.on('message', (message: Request) => {
    if (message.type === 'cpu') process.send?.({ type: 'cpu', usage: process.cpuUsage() });
    if (message.type === 'close') void simulator.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
