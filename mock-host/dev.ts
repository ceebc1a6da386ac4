// `npm start`: the remote's dev server, the console's dev server and the dispatcher simulator
// (dev-servers.ts), each child's output prefixed. All stop together, on Ctrl-C or when any one ends.
// Ports: SHELL_PORT (3000), REMOTE_PORT (3001), SIMULATOR_PORT (3100); 0 picks a free port.
import { DEV_SERVER_NAMES, type DevServerName, portsFromEnv, startDevServers } from './dev-servers';

const COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[33m'];
const RESET = '\x1b[0m';
const useColour = process.stdout.isTTY;
const width = Math.max(...DEV_SERVER_NAMES.map((name) => name.length));
const prefix = (name: DevServerName) => {
  const label = `[${name.padEnd(width)}]`;
  const colour = COLOURS[DEV_SERVER_NAMES.indexOf(name) % COLOURS.length];
  return useColour ? `${colour}${label}${RESET} ` : `${label} `;
};

async function main() {
  const servers = await startDevServers({
    ports: portsFromEnv(),
    output: (name, line, stream) =>
      (stream === 'stderr' ? process.stderr : process.stdout).write(`${prefix(name)}${line}\n`),
  });
  const stopAll = (code: number) => servers.stop().then(() => process.exit(code));
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  servers.exited.then(({ name, code, signal }) => {
    console.error(`${prefix(name)}stopped (${signal ?? `exit code ${code}`}); stopping the others`);
    return stopAll(code || 1);
  });
  servers.ready.then(
    () => console.log(`\nActive Sessions: ${servers.pageUrl}\n`),
    () => undefined, // `exited` says which one ended.
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
