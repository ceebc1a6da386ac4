// The seeded data set of one tenant: sessions plus the audit trail that led each one to its state.
// Everything is derived from (seed, tenant, count, now), so two runs with the same inputs agree.

import type { Channel, Contact, NamedRef, Session, SessionState } from '../../src/contract/dispatcher-api';
import { ACTIVE_STATES } from '../../src/contract/dispatcher-api';
import type { TrailSeed } from './audit-trail';
import { drawTimes } from './dataset-times';
import { HOSTILE_PAYLOADS, HOSTILE_TENANT } from './hostile';
import type { TenantId } from './identity';
import { AGENT_NAMES, agentsOf, emailAddress, HANDOFF_REASONS, partnersOf, phoneNumber } from './people';
import { createRandom, hashText, pick, type Random, randomInt, weighted } from './random';

export const DEFAULT_SEED = 1;
export const DEFAULT_SESSIONS_PER_TENANT = 300;
/** Enough sessions that every hostile payload sits on a listed session and some on terminal ones. */
export const DEFAULT_HOSTILE_SESSIONS = HOSTILE_PAYLOADS.length * 2 + 30;

export interface TenantDataOptions {
  tenant: TenantId;
  seed: number;
  sessions: number;
  /** Epoch ms that the ages of the sessions count back from. */
  now: number;
}

const drawState = weighted<SessionState>({
  OPEN: 7,
  ACTIVE: 14,
  AWAITING_USER: 14,
  PROCESSING: 6,
  WITH_AGENT: 32,
  RESOLVED: 16,
  EXPIRED: 11,
});

const MIN_AGE_S = 5;
const MAX_AGE_S = 6 * 24 * 3600;

const ID_PART = 36 ** 5;

/** A fresh session id that `taken` does not know yet (it is then added). */
export function sessionId(
  random: Random,
  taken: { has(id: string): boolean; add(id: string): unknown },
): string {
  for (;;) {
    const high = randomInt(random, ID_PART).toString(36).padStart(5, '0');
    const low = randomInt(random, ID_PART).toString(36).padStart(5, '0');
    const id = `ses_${high}${low}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export interface SeededSession {
  session: Session;
  trail: TrailSeed;
}

export interface Draft {
  state: SessionState;
  channel: Channel;
  contact: Contact;
  agent: NamedRef | null;
  openedNotes?: string;
  handoffNotes: string;
}

export function ordinaryDraft(random: Random, tenant: Exclude<TenantId, typeof HOSTILE_TENANT>): Draft {
  const state = drawState(random);
  const channel: Channel = random() < 0.7 ? 'WHATSAPP' : 'EMAIL';
  const partner = pick(random, partnersOf(tenant));
  const businessPartner = random() < 0.65 ? partner : null;
  const withAgent = state === 'WITH_AGENT' ? random() < 0.8 : state === 'RESOLVED' && random() < 0.5;
  return {
    state,
    channel,
    contact:
      channel === 'WHATSAPP'
        ? { phone: phoneNumber(random), businessPartner }
        : { email: emailAddress(random), businessPartner },
    agent: withAgent ? pick(random, agentsOf(tenant)) : null,
    handoffNotes: pick(random, HANDOFF_REASONS),
  };
}

// The first sessions cycle through the listed states so that every payload is on a listed row; the
// rest are drawn like an ordinary tenant's.
export function hostileDraft(random: Random, index: number): Draft {
  const payloads = HOSTILE_PAYLOADS;
  const at = (shift: number) => payloads[(index + shift) % payloads.length] ?? '';
  const cycled = index < payloads.length ? ACTIVE_STATES[index % ACTIVE_STATES.length] : undefined;
  const state = cycled ?? drawState(random);
  const channel: Channel = index % 2 === 0 ? 'WHATSAPP' : 'EMAIL';
  const businessPartner = { id: `BP-EVIL-${index % payloads.length}`, name: at(0) };
  const hasAgent = state === 'WITH_AGENT' && (cycled !== undefined || random() < 0.8);
  return {
    state,
    channel,
    contact:
      channel === 'WHATSAPP'
        ? { phone: phoneNumber(random), businessPartner }
        : { email: `${at(13)}@evil.example`, businessPartner },
    agent: hasAgent ? { id: `evil-agt-${(index + 29) % payloads.length}`, name: at(29) } : null,
    openedNotes: at(7),
    handoffNotes: at(41),
  };
}

const LOG_MIN_AGE = Math.log(MIN_AGE_S);
const LOG_AGE_RANGE = Math.log(MAX_AGE_S) - LOG_MIN_AGE;

/** Position in `AGENT_NAMES` of the agent of each ordinary tenant who went off shift. */
const OFF_SHIFT_AGENT = 3;
/** Most sessions the off-shift agent left behind, and at most this share of the tenant. */
export const OFF_SHIFT_SESSIONS_MAX = 60;
const OFF_SHIFT_SHARE = 0.2;
/** The off-shift agent's sessions started this long before `now`: all of them stuck. */
const OFF_SHIFT_MIN_AGE_MS = 2.5 * 3600_000;
const OFF_SHIFT_MAX_AGE_MS = 9 * 3600_000;

/**
 * The agent of an ordinary tenant who went off shift without resolving their sessions: they hold
 * `offShiftSessionCount` WITH_AGENT sessions started hours ago (besides the ones drawn for everybody),
 * so releasing all of one agent's stuck sessions can be tried. Null for the hostile tenant.
 */
export function offShiftAgentOf(tenant: TenantId): NamedRef | null {
  if (tenant === HOSTILE_TENANT) return null;
  return agentsOf(tenant).find((agent) => agent.name === AGENT_NAMES[OFF_SHIFT_AGENT]) ?? null;
}

/** How many sessions of a tenant of `sessions` sessions the off-shift agent left. */
export function offShiftSessionCount(tenant: TenantId, sessions: number): number {
  return tenant === HOSTILE_TENANT
    ? 0
    : Math.min(OFF_SHIFT_SESSIONS_MAX, Math.floor(sessions * OFF_SHIFT_SHARE));
}

/** Whether session `index` of `count` is one the off-shift agent left: spread evenly over the tenant. */
function isOffShift(index: number, count: number, offShift: number): boolean {
  return Math.floor(((index + 1) * offShift) / count) > Math.floor((index * offShift) / count);
}

/** Generates one tenant's sessions, in no particular order. */
export function generateTenantData(options: TenantDataOptions): SeededSession[] {
  const { tenant, now } = options;
  const random = createRandom(hashText(tenant, options.seed));
  // Its own stream, so the other sessions are the same as in a tenant without an off-shift agent.
  const offShiftRandom = createRandom(hashText(`${tenant}:off-shift`, options.seed));
  const offShiftAgent = offShiftAgentOf(tenant);
  const offShift = offShiftSessionCount(tenant, options.sessions);
  const taken = new Set<string>();
  const result: SeededSession[] = new Array(options.sessions);
  for (let index = 0; index < options.sessions; index++) {
    const draft = tenant === HOSTILE_TENANT ? hostileDraft(random, index) : ordinaryDraft(random, tenant);
    const id = sessionId(random, taken);
    // Log-uniform ages: many sessions seconds or minutes old, a long tail over several days.
    let startedMs = now - Math.round(Math.exp(LOG_MIN_AGE + random() * LOG_AGE_RANGE) * 1000);
    const offShiftSession = offShiftAgent !== null && isOffShift(index, options.sessions, offShift);
    if (offShiftSession) {
      draft.state = 'WITH_AGENT';
      draft.agent = offShiftAgent;
      const age = OFF_SHIFT_MIN_AGE_MS + offShiftRandom() * (OFF_SHIFT_MAX_AGE_MS - OFF_SHIFT_MIN_AGE_MS);
      startedMs = now - Math.round(age);
    }
    const seed = randomInt(random, 2 ** 32);
    const times = drawTimes({
      seed,
      state: draft.state,
      hasAgent: draft.agent !== null,
      offShift: offShiftSession,
      startedMs,
      nowMs: now,
    });
    const trail: TrailSeed = {
      tenant,
      seed,
      state: draft.state,
      agent: draft.agent,
      handoffNotes: draft.handoffNotes,
      startedMs,
      ...times,
      nowMs: now,
    };
    if (draft.openedNotes !== undefined) trail.openedNotes = draft.openedNotes;
    result[index] = { session: sessionOf(id, draft, trail), trail };
  }
  return result;
}

/** The session as the API shows it, its instants taken from the trail it was drawn with. */
export function sessionOf(
  id: string,
  draft: Pick<Draft, 'channel' | 'contact' | 'state' | 'agent'>,
  trail: TrailSeed,
): Session {
  const iso = (ms: number) => new Date(ms).toISOString();
  const { agent } = draft;
  return {
    id,
    channel: draft.channel,
    contact: draft.contact,
    state: draft.state,
    startedAt: iso(trail.startedMs),
    stateSince: iso(trail.stateSinceMs),
    agent: agent
      ? { id: agent.id, name: agent.name, assignedAt: iso(trail.assignedMs ?? trail.stateSinceMs) }
      : null,
  };
}
