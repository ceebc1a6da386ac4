// Starts the simulator in a child process (watchers-simulator.ts) and reads its CPU time, so a load
// generated in this process is not counted as the simulator's work.
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

export interface SimulatorProcess {
  url: string;
  apiUrl: string;
  /** CPU time the simulator's process has used so far, in microseconds (user + system). */
  cpuMicros(): Promise<number>;
  close(): Promise<void>;
}

interface Reply {
  type: 'ready' | 'cpu';
  url?: string;
  apiUrl?: string;
  usage?: NodeJS.CpuUsage;
}

function nextReply(child: ChildProcess, type: Reply['type']): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: Reply) => {
      if (reply.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(reply);
    };
    const onExit = (code: number | null) => reject(new Error(`the simulator process exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startSimulatorProcess(
  tenantSessions: Record<string, number>,
): Promise<SimulatorProcess> {
  const child = fork(path.join(__dirname, 'watchers-simulator.ts'), [], {
    execArgv: ['--import', 'tsx'],
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, WATCHERS_TENANT_SESSIONS: JSON.stringify(tenantSessions) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextReply(child, 'ready');
  return {
    url: ready.url ?? '',
    apiUrl: ready.apiUrl ?? '',
    async cpuMicros() {
      const reply = nextReply(child, 'cpu');
      child.send({ type: 'cpu' });
      const usage = (await reply).usage;
      return (usage?.user ?? 0) + (usage?.system ?? 0);
    },
    close() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      });
    },
  };
}
