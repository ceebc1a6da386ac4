// The benchmark's floors: pages at these routes, kept out of the menu (see floor-page.ts and
// rich-floor-page.ts). The bare floor lists the rows in a plain table; the rich one adds every
// control the module's page has, with the module's stylesheet.
export const BENCH_FLOOR_ROUTE = '/bench/floor';
export const BENCH_FLOOR_APP = 'bench-floor';
export const BENCH_RICH_FLOOR_ROUTE = '/bench/rich-floor';
export const BENCH_RICH_FLOOR_APP = 'bench-rich-floor';
