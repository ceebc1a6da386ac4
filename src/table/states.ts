// How each state is coloured on the page (the spec's badge table); its words are in the catalogs.
import type { ActiveState } from '../contract/dispatcher-api';

export type BadgeTone = 'green' | 'amber' | 'blue' | 'red';

export const STATE_TONES: Record<ActiveState, BadgeTone> = {
  OPEN: 'green',
  ACTIVE: 'green',
  AWAITING_USER: 'amber',
  PROCESSING: 'blue',
  WITH_AGENT: 'red',
};
