// The React range the remote declares, read by the same federation runtime that checks it in a host:
// the versions the page is proven on (18.3 and 19, see the host matrix) pass, others do not.
import { satisfy } from '@module-federation/enhanced/runtime';
import { SUPPORTED_REACT } from '../federation.config';

test.each(['18.3.0', '18.3.1', '19.0.0', '19.3.1'])('React %s satisfies the declared range', (version) => {
  expect(satisfy(version, SUPPORTED_REACT)).toBe(true);
});

test.each(['17.0.2', '18.2.0', '20.0.0'])('React %s does not', (version) => {
  expect(satisfy(version, SUPPORTED_REACT)).toBe(false);
});
