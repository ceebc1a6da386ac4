// The benchmark's floor: a bare page at this route, kept out of the menu (see floor-page.ts).
export const BENCH_FLOOR_ROUTE = '/bench/floor';
export const BENCH_FLOOR_APP = 'bench-floor';
