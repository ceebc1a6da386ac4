// CSS Modules in jsdom: each class name maps to itself, so tests can assert on stable names.
const classes = new Proxy({} as Record<string, string>, {
  get: (_target, key) => (typeof key === 'string' ? key : ''),
});
export default classes;
