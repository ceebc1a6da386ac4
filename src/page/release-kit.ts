// The code of releasing, single and bulk: a chunk of its own, fetched when an administrator first
// reaches for Release or a session's box, never with the page's first rows.
export { BulkArea } from '../bulk/BulkArea';
export { SingleRelease } from '../release/SingleRelease';
