// A session as the page shows it: checked, non-terminal, its instants parsed once.
import type { ActiveState, Channel, NamedRef } from '../contract/dispatcher-api';

/** A session the page can show: checked, non-terminal, with its instants parsed once. */
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
  /** When the session entered its current state; null when the dispatcher does not say. */
  stateSinceMs: number | null;
  /** When the current agent got the session; null without an agent or when the dispatcher does not say. */
  assignedAtMs: number | null;
}
