import { checkModuleManifest } from './module-manifest';

const manifest = {
  id: 'active-sessions',
  route: '/communications/sessions/active',
  menu: { section: 'communications', label: 'Active Sessions', order: 20 },
  requiredPermission: 'communications.access',
};

describe('checkModuleManifest', () => {
  it('accepts the module namespace and the manifest itself', () => {
    expect(checkModuleManifest({ default: manifest })).toEqual({ ok: true, manifest });
    expect(checkModuleManifest(manifest)).toEqual({ ok: true, manifest });
  });

  it('keeps only the documented fields', () => {
    expect(checkModuleManifest({ ...manifest, extra: '<script>' })).toEqual({ ok: true, manifest });
  });

  it.each([
    ['nothing', undefined],
    ['no id', { ...manifest, id: '' }],
    ['a relative route', { ...manifest, route: 'communications' }],
    ['a protocol-relative route', { ...manifest, route: '//evil.example/x' }],
    ['no menu label', { ...manifest, menu: { ...manifest.menu, label: ' ' } }],
    ['an order that is not a number', { ...manifest, menu: { ...manifest.menu, order: '20' } }],
    ['no permission', { ...manifest, requiredPermission: undefined }],
  ])('refuses a manifest with %s', (_case, value) => {
    expect(checkModuleManifest({ default: value }).ok).toBe(false);
  });
});
