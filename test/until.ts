// Waiting for a condition in node tests, never for a time. It polls between I/O turns with
// setImmediate, which jest's fake timers leave alone here, so it also works while a test fakes the
// clock of a server it runs in-process. The bound only turns a hang into a message naming the condition.
import { hrtime } from 'node:process';

const GIVE_UP_AFTER_MS = 20_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const started = hrtime.bigint();
  for (;;) {
    if (await check()) return;
    if (Number(hrtime.bigint() - started) / 1e6 > GIVE_UP_AFTER_MS) {
      throw new Error(`Timed out waiting until ${what}`);
    }
    await nextTurn();
  }
}
