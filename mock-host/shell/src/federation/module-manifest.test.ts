import { checkModuleManifest, menuLabel } from './module-manifest';

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

  it('keeps the labels by language, and only those that are labels of a language tag', () => {
    const labels = { en: 'Active Sessions', de: 'Aktive Sitzungen' };
    const withLabels = { ...manifest, menu: { ...manifest.menu, labels } };
    expect(checkModuleManifest(withLabels)).toEqual({ ok: true, manifest: withLabels });
    const odd = { ...labels, 'not a tag!': 'x', fr: '', sv: 7 };
    expect(checkModuleManifest({ ...manifest, menu: { ...manifest.menu, labels: odd } })).toEqual({
      ok: true,
      manifest: withLabels,
    });
    expect(checkModuleManifest({ ...manifest, menu: { ...manifest.menu, labels: 'de' } })).toEqual({
      ok: true,
      manifest,
    });
  });

  it('labels the entry in the console’s language, its primary language, else in English', () => {
    const menu = { ...manifest.menu, labels: { en: 'Active Sessions', de: 'Aktive Sitzungen' } };
    expect(menuLabel(menu, 'de')).toBe('Aktive Sitzungen');
    expect(menuLabel(menu, 'de-AT')).toBe('Aktive Sitzungen');
    expect(menuLabel(menu, 'en-GB')).toBe('Active Sessions');
    expect(menuLabel(menu, 'sv')).toBe('Active Sessions');
    expect(menuLabel(manifest.menu, 'de')).toBe('Active Sessions');
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
