// How each state is named and coloured on the page (the spec's badge table).
import type { ActiveState, Channel } from '../contract/dispatcher-api';

export type BadgeTone = 'green' | 'amber' | 'blue' | 'red';

export const STATE_BADGES: Record<ActiveState, { label: string; tone: BadgeTone; description: string }> = {
  OPEN: { label: 'Open', tone: 'green', description: 'Created, no message processed yet' },
  ACTIVE: { label: 'Active', tone: 'green', description: 'Processing messages normally' },
  AWAITING_USER: { label: 'Awaiting user', tone: 'amber', description: 'Waiting for the contact to reply' },
  PROCESSING: { label: 'Processing', tone: 'blue', description: 'Invoking a skill for the contact' },
  WITH_AGENT: { label: 'With agent', tone: 'red', description: 'Handed off to a human agent' },
};

export const CHANNEL_LABELS: Record<Channel, string> = { WHATSAPP: 'WhatsApp', EMAIL: 'Email' };
