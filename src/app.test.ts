// What `./app` exports: the single-spa lifecycles, under the names of single-spa 6 and 7, and nothing else.
import * as app from './app';

test('exports the lifecycles only: bootstrap, its single-spa 7 name init (the same function), mount, unmount, update', () => {
  expect(Object.keys(app).sort()).toEqual(['bootstrap', 'init', 'mount', 'unmount', 'update']);
  expect(app.init).toBe(app.bootstrap);
  for (const lifecycle of Object.values(app)) expect(typeof lifecycle).toBe('function');
});
