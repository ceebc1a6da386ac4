// `npm start`: the remote's dev server, the console's dev server and the dispatcher simulator, each a
// child process with its output prefixed. All stop together, on Ctrl-C or when any one of them ends.
// Ports: REMOTE_PORT (3001), SHELL_PORT (3000), SIMULATOR_PORT (3100).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(__dirname, '..');
const ports = {
  remote: Number(process.env.REMOTE_PORT ?? 3001),
  shell: Number(process.env.SHELL_PORT ?? 3000),
  simulator: Number(process.env.SIMULATOR_PORT ?? 3100),
};
const env = {
  ...process.env,
  REMOTE_PORT: String(ports.remote),
  SHELL_PORT: String(ports.shell),
  SIMULATOR_PORT: String(ports.simulator),
};

const rspackCli = path.join(path.dirname(require.resolve('@rspack/cli/package.json')), 'bin/rspack.js');
const tsxCli = require.resolve('tsx/cli');

interface ChildSpec {
  name: string;
  args: string[];
  /** Answers 200 once the child is ready. */
  readyUrl: string;
}

const children: ChildSpec[] = [
  {
    name: 'remote',
    args: [rspackCli, 'serve'],
    readyUrl: `http://localhost:${ports.remote}/mf-manifest.json`,
  },
  {
    name: 'shell',
    args: [rspackCli, 'serve', '--config', 'mock-host/shell/rspack.config.ts'],
    readyUrl: `http://localhost:${ports.shell}/`,
  },
  {
    name: 'simulator',
    args: [tsxCli, 'mock-host/simulator/main.ts'],
    readyUrl: `http://127.0.0.1:${ports.simulator}/`,
  },
];

const COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[33m'];
const RESET = '\x1b[0m';
const useColour = process.stdout.isTTY;
const width = Math.max(...children.map((child) => child.name.length));
const prefix = (name: string, index: number) => {
  const label = `[${name.padEnd(width)}]`;
  return useColour ? `${COLOURS[index % COLOURS.length]}${label}${RESET} ` : `${label} `;
};

const running = new Map<string, ChildProcess>();
let stopping = false;

function pipe(stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream, label: string) {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => out.write(`${label}${line}\n`));
}

function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of running.values()) child.kill('SIGTERM');
  // A child that ignores SIGTERM must not keep the terminal.
  setTimeout(() => {
    for (const child of running.values()) child.kill('SIGKILL');
    process.exit(code);
  }, 5000).unref();
  const finish = () => running.size === 0 && process.exit(code);
  for (const child of running.values()) child.once('exit', finish);
  finish();
}

children.forEach((spec, index) => {
  const label = prefix(spec.name, index);
  const child = spawn(process.execPath, spec.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.set(spec.name, child);
  pipe(child.stdout, process.stdout, label);
  pipe(child.stderr, process.stderr, label);
  child.on('exit', (code, signal) => {
    running.delete(spec.name);
    if (!stopping) {
      console.error(`${label}stopped (${signal ?? `exit code ${code}`}); stopping the others`);
      stopAll(code || 1);
    }
  });
});

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitUntilReady(url: string) {
  for (;;) {
    if (stopping) return false;
    try {
      const answer = await fetch(url);
      if (answer.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

Promise.all(children.map((child) => waitUntilReady(child.readyUrl))).then((ready) => {
  if (!ready.every(Boolean)) return;
  console.log(`\nActive Sessions: http://localhost:${ports.shell}/communications/sessions/active\n`);
});
