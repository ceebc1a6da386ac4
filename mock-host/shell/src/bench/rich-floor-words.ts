// The words, marks and durations of the rich floor page, written by hand as a host team would: the
// floor never runs the module's code, so it carries its own small versions of them.

/** The badge colour of each state, as the page spec's table gives them. */
export const STATE_TONES = {
  OPEN: 'green',
  ACTIVE: 'green',
  AWAITING_USER: 'amber',
  PROCESSING: 'blue',
  WITH_AGENT: 'red',
} as const;

export const WORDS = {
  WHATSAPP: 'WhatsApp',
  EMAIL: 'Email',
  OPEN: 'Open',
  ACTIVE: 'Active',
  AWAITING_USER: 'Awaiting user',
  PROCESSING: 'Processing',
  WITH_AGENT: 'With agent',
} as const;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (name: string) =>
  new Intl.NumberFormat('en', { style: 'unit', unit: name, unitDisplay: 'narrow' });
const UNITS = { d: unit('day'), h: unit('hour'), m: unit('minute'), s: unit('second') };
const LIST = new Intl.ListFormat('en', { type: 'unit', style: 'narrow' });

/** Elapsed time in the two largest units that matter, as the module's Duration column writes it. */
export function formatDuration(elapsedMs: number): string {
  const ms = Math.max(0, elapsedMs);
  const parts: Array<[keyof typeof UNITS, number]> =
    ms < MINUTE
      ? [['s', Math.floor(ms / SECOND)]]
      : ms < HOUR
        ? [
            ['m', Math.floor(ms / MINUTE)],
            ['s', Math.floor((ms % MINUTE) / SECOND)],
          ]
        : ms < DAY
          ? [
              ['h', Math.floor(ms / HOUR)],
              ['m', Math.floor((ms % HOUR) / MINUTE)],
            ]
          : [
              ['d', Math.floor(ms / DAY)],
              ['h', Math.floor((ms % DAY) / HOUR)],
            ];
  const shown = parts.filter(([, value], index) => value !== 0 || (parts.length === 1 && index === 0));
  return LIST.format(shown.map(([name, value]) => UNITS[name].format(value)));
}

/** The `<time>` element's machine-readable duration. */
export function isoDuration(elapsedMs: number): string {
  const total = Math.floor(Math.max(0, elapsedMs) / SECOND);
  const days = Math.floor(total / 86_400);
  return `P${days ? `${days}D` : ''}T${Math.floor((total % 86_400) / 3_600)}H${Math.floor((total % 3_600) / 60)}M${total % 60}S`;
}

/** A session with an agent for longer than the threshold. */
export function isStuck(state: string, startedAtMs: number, nowMs: number, afterMinutes: number): boolean {
  return state === 'WITH_AGENT' && nowMs - startedAtMs > afterMinutes * MINUTE;
}
