import type { AgentLoad } from '../dispatcher/workload';
import { HEAVIEST_FIRST, nextAgentSort, sortLoads } from './sort';

const load = (name: string, sessions: number, stuck: number, oldestHeldMs: number): AgentLoad => ({
  agent: { id: name.toLowerCase(), name },
  sessions,
  stuck,
  oldestHeldMs,
});

const loads = [
  load('Cleo', 2, 2, 500),
  load('anna', 5, 0, 300),
  load('Ben', 5, 1, 900),
  load('Dora', 1, 0, 100),
];
const order = (sorted: AgentLoad[]) => sorted.map((l) => l.agent.name);

describe('sortLoads', () => {
  it('puts the heaviest first: most sessions, then most stuck, then by name', () => {
    expect(order(sortLoads(loads, HEAVIEST_FIRST))).toEqual(['Ben', 'anna', 'Cleo', 'Dora']);
    expect(order(sortLoads([load('b', 1, 0, 1), load('A', 1, 0, 2)], HEAVIEST_FIRST))).toEqual(['A', 'b']);
  });

  it('sorts by any column either way, ties heaviest first', () => {
    expect(order(sortLoads(loads, { column: 'agent', direction: 'ascending' }))).toEqual([
      'anna',
      'Ben',
      'Cleo',
      'Dora',
    ]);
    expect(order(sortLoads(loads, { column: 'stuck', direction: 'descending' }))).toEqual([
      'Cleo',
      'Ben',
      'anna',
      'Dora',
    ]);
    expect(order(sortLoads(loads, { column: 'sessions', direction: 'ascending' }))).toEqual([
      'Dora',
      'Cleo',
      'Ben',
      'anna',
    ]);
    // Longest with them first: the earliest hold.
    expect(order(sortLoads(loads, { column: 'longest', direction: 'descending' }))).toEqual([
      'Dora',
      'anna',
      'Cleo',
      'Ben',
    ]);
    expect(order(sortLoads(loads, { column: 'longest', direction: 'ascending' }))).toEqual([
      'Ben',
      'Cleo',
      'anna',
      'Dora',
    ]);
  });

  it('starts names A to Z and numbers largest first, and turns a column around when pressed again', () => {
    expect(nextAgentSort(HEAVIEST_FIRST, 'agent')).toEqual({ column: 'agent', direction: 'ascending' });
    expect(nextAgentSort(HEAVIEST_FIRST, 'longest')).toEqual({ column: 'longest', direction: 'descending' });
    expect(nextAgentSort(HEAVIEST_FIRST, 'sessions')).toEqual({ column: 'sessions', direction: 'ascending' });
    const byName = { column: 'agent', direction: 'ascending' } as const;
    expect(nextAgentSort(byName, 'agent')).toEqual({ column: 'agent', direction: 'descending' });
    expect(nextAgentSort(nextAgentSort(byName, 'agent'), 'agent')).toEqual(byName);
  });

  it('orders names as people read them: Agent 2 before Agent 10, case and accents aside', () => {
    const named = ['Agent 10', 'agent 2', 'Agent 1', 'Émile', 'emil'].map((name) => load(name, 1, 0, 1));
    expect(order(sortLoads(named, { column: 'agent', direction: 'ascending' }))).toEqual([
      'Agent 1',
      'agent 2',
      'Agent 10',
      'emil',
      'Émile',
    ]);
  });
});
