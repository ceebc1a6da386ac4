// The React range the remote declares, read by the same federation runtime that checks it in a host:
// the versions the page is proven on (18.3 and 19, see the host matrix) pass, others do not.
import { satisfy } from '@module-federation/enhanced/runtime';
import { buildVersion, SUPPORTED_REACT } from '../federation.config';
import pkg from '../package.json';

test.each(['18.3.0', '18.3.1', '19.0.0', '19.3.1'])('React %s satisfies the declared range', (version) => {
  expect(satisfy(version, SUPPORTED_REACT)).toBe(true);
});

test.each(['17.0.2', '18.2.0', '20.0.0'])('React %s does not', (version) => {
  expect(satisfy(version, SUPPORTED_REACT)).toBe(false);
});

describe('the release’s build version', () => {
  const noGit = () => null;
  test('is MF_BUILD_VERSION when the deploy gives one', () => {
    expect(buildVersion({ MF_BUILD_VERSION: '2026.12.07-1', BUILD_COMMIT: 'abc1234' }, () => 'fff0000')).toBe(
      '2026.12.07-1',
    );
  });
  test('else the package version and BUILD_COMMIT, else git’s short hash', () => {
    expect(buildVersion({ BUILD_COMMIT: 'abc1234' }, () => 'fff0000')).toBe(`${pkg.version}+abc1234`);
    expect(buildVersion({}, () => 'fff0000')).toBe(`${pkg.version}+fff0000`);
  });
  test('else the version alone: a build without git does not fail', () => {
    expect(buildVersion({}, noGit)).toBe(pkg.version);
  });
  test('differs between two commits of the same version', () => {
    expect(buildVersion({}, () => 'aaa1111')).not.toBe(buildVersion({}, () => 'bbb2222'));
  });
});
