// A session as the page shows it: checked, non-terminal, its start time parsed once.
import type { ActiveState, Channel, NamedRef } from '../contract/dispatcher-api';

/** A session the page can show: checked, non-terminal, with its start time parsed once. */
export interface SessionRow {
  id: string;
  channel: Channel;
  state: ActiveState;
  startedAt: string;
  startedAtMs: number;
  phone?: string;
  email?: string;
  businessPartner: NamedRef | null;
  agent: NamedRef | null;
}
