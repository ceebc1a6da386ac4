import type { ActiveSessionsProps } from '../contract/host-props';
import { allowed } from './permission';

const withCheck = (hasPermission: (permission: string) => unknown) =>
  ({ hasPermission }) as unknown as ActiveSessionsProps;

describe('whether the host’s user may see the page', () => {
  it('asks the host for communications.access, and takes only true for yes', () => {
    const asked: string[] = [];
    expect(allowed(withCheck((permission) => asked.push(permission) > 0))).toBe(true);
    expect(asked).toEqual(['communications.access']);
    expect(allowed(withCheck(() => 'yes'))).toBe(false);
    expect(allowed(withCheck(() => false))).toBe(false);
  });

  it('takes a permission check that throws as no, and does not throw itself', () => {
    const throwing = withCheck(() => {
      throw new Error('the session of the host expired');
    });
    expect(allowed(throwing)).toBe(false);
  });
});
