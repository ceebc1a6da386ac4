// The listed sessions of each agent, by id (the `agent` filter) and by name (what `q` matches).
// Kept apart from the text index because a release changes a session's agent: taking one row out of
// two small maps is cheap, rebuilding the joined text of tens of thousands of rows is not.

import type { NamedRef } from '../../src/contract/dispatcher-api';

const NONE: ReadonlySet<never> = new Set();

function addTo<K, T>(map: Map<K, Set<T>>, key: K, item: T): void {
  let items = map.get(key);
  if (!items) {
    items = new Set();
    map.set(key, items);
  }
  items.add(item);
}

function removeFrom<K, T>(map: Map<K, Set<T>>, key: K, item: T): void {
  const items = map.get(key);
  if (!items) return;
  items.delete(item);
  if (items.size === 0) map.delete(key);
}

export class AgentIndex<T> {
  private readonly byId = new Map<string, Set<T>>();
  /** Keyed by the lower-case name; a tenant has few agents, so a search runs through all names. */
  private readonly byName = new Map<string, Set<T>>();

  add(item: T, agent: NamedRef): void {
    addTo(this.byId, agent.id, item);
    addTo(this.byName, agent.name.toLowerCase(), item);
  }

  remove(item: T, agent: NamedRef): void {
    removeFrom(this.byId, agent.id, item);
    removeFrom(this.byName, agent.name.toLowerCase(), item);
  }

  /** The items of the agent with this id; none for an unknown id. */
  withId(id: string): ReadonlySet<T> {
    return this.byId.get(id) ?? NONE;
  }

  /** The items of every agent whose lower-case name holds `needle` (already lower-case). */
  *withNameHolding(needle: string): Iterable<T> {
    for (const [name, items] of this.byName) if (name.includes(needle)) yield* items;
  }
}
