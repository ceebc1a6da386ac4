// What the page shows once its first rows are on screen, fetched then as one chunk of its own: the
// agents' panel below the rows and the narrower filters under the toolbar. Neither adds to what the
// first rows wait for.
export { AgentsPanel } from '../agents/AgentsPanel';
export { NarrowFilters } from './NarrowFilters';
