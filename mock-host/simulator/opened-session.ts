// A session the dispatcher opens while the simulator runs (a control endpoint), drawn like the seeded
// ones from (seed, tenant, serial), so the same calls give the same sessions.

import type { Channel } from '../../src/contract/dispatcher-api';
import type { TrailSeed } from './audit-trail';
import { hostileDraft, ordinaryDraft, type SeededSession, sessionId, sessionOf } from './dataset';
import { HOSTILE_TENANT } from './hostile';
import type { TenantId } from './identity';
import { emailAddress, phoneNumber } from './people';
import { createRandom, hashText, randomInt } from './random';

export interface OpenedSessionOptions {
  tenant: TenantId;
  seed: number;
  /** Tells this session from the others opened in the tenant. */
  serial: number;
  /** Epoch ms: its start, and the instant it entered OPEN. */
  now: number;
  channel?: Channel;
  /** Whether an id is in use already. */
  taken: (id: string) => boolean;
}

/** A new OPEN session, started now, without an agent. */
export function openedSession(options: OpenedSessionOptions): SeededSession {
  const { tenant, now } = options;
  const random = createRandom(hashText(`${tenant}:opened:${options.serial}`, options.seed));
  const draft =
    tenant === HOSTILE_TENANT ? hostileDraft(random, options.serial) : ordinaryDraft(random, tenant);
  const channel = options.channel ?? draft.channel;
  const businessPartner = draft.contact.businessPartner ?? null;
  const contact =
    channel === draft.channel
      ? draft.contact
      : channel === 'WHATSAPP'
        ? { phone: phoneNumber(random), businessPartner }
        : { email: emailAddress(random), businessPartner };
  const id = sessionId(random, { has: options.taken, add: () => undefined });
  const trail: TrailSeed = {
    tenant,
    seed: randomInt(random, 2 ** 32),
    state: 'OPEN',
    agent: null,
    handoffNotes: draft.handoffNotes,
    startedMs: now,
    stateSinceMs: now,
    assignedMs: null,
    nowMs: now,
  };
  if (draft.openedNotes !== undefined) trail.openedNotes = draft.openedNotes;
  return { session: sessionOf(id, { channel, contact, state: 'OPEN', agent: null }, trail), trail };
}
