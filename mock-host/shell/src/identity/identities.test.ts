import { parseStoredIdentity, resolveInitialIdentity, withoutIdentityParams } from './identities';

const tenants = ['acme', 'globex', 'evil'];
const stored = JSON.stringify({ userId: 'agent', tenantId: 'globex' });

describe('resolveInitialIdentity', () => {
  it('takes the first user and tenant when nothing says otherwise', () => {
    expect(resolveInitialIdentity({ search: '', stored: null, tenants })).toEqual({
      userId: 'admin',
      tenantId: 'acme',
    });
  });

  it('takes sessionStorage over the defaults', () => {
    expect(resolveInitialIdentity({ search: '', stored, tenants })).toEqual({
      userId: 'agent',
      tenantId: 'globex',
    });
  });

  it('takes the URL over sessionStorage, each part on its own', () => {
    expect(resolveInitialIdentity({ search: '?tenant=evil', stored, tenants })).toEqual({
      userId: 'agent',
      tenantId: 'evil',
    });
    expect(resolveInitialIdentity({ search: '?user=admin&tenant=acme', stored, tenants })).toEqual({
      userId: 'admin',
      tenantId: 'acme',
    });
  });

  it('ignores unknown users and tenants wherever they come from', () => {
    const badStore = JSON.stringify({ userId: 'root', tenantId: 'initech' });
    expect(
      resolveInitialIdentity({ search: '?user=root&tenant=initech', stored: badStore, tenants }),
    ).toEqual({
      userId: 'admin',
      tenantId: 'acme',
    });
  });

  it('offers only the configured tenants', () => {
    expect(resolveInitialIdentity({ search: '?tenant=evil', stored: null, tenants: ['globex'] })).toEqual({
      userId: 'admin',
      tenantId: 'globex',
    });
  });
});

describe('parseStoredIdentity', () => {
  it.each(['', 'not json', '[]', '{"userId":1,"tenantId":"acme"}', 'null'])('reads %p as nothing', (text) => {
    expect(parseStoredIdentity(text)).toBeNull();
  });
});

describe('withoutIdentityParams', () => {
  it('drops user and tenant and keeps the rest in order', () => {
    expect(withoutIdentityParams('?user=agent&session=ses_1&tenant=globex&x=2')).toBe('?session=ses_1&x=2');
    expect(withoutIdentityParams('?user=agent&tenant=globex')).toBe('');
    expect(withoutIdentityParams('')).toBe('');
  });
});
