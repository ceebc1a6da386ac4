import type { ModuleManifest } from '../../../../src/contract';

/** Outcome of checking what a remote's `./manifest` exported. */
export type ManifestCheck = { ok: true; manifest: ModuleManifest } | { ok: false; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * A host does not trust a remote's data blindly: the manifest decides a route and a menu entry, so a
 * malformed one is reported as a module that could not be loaded rather than drawn half-broken.
 * Accepts the module namespace (`{ default: manifest }`) or the manifest itself.
 */
export function checkModuleManifest(exported: unknown): ManifestCheck {
  const value = isRecord(exported) && 'default' in exported ? exported.default : exported;
  if (!isRecord(value)) return { ok: false, problem: './manifest does not export an object' };
  const { id, route, menu, requiredPermission } = value;
  if (!nonEmpty(id)) return { ok: false, problem: 'manifest id is missing' };
  if (!nonEmpty(route) || !route.startsWith('/') || route.startsWith('//')) {
    return { ok: false, problem: 'manifest route must be an absolute path such as /communications/x' };
  }
  if (!isRecord(menu) || !nonEmpty(menu.section) || !nonEmpty(menu.label)) {
    return { ok: false, problem: 'manifest menu needs a section and a label' };
  }
  if (typeof menu.order !== 'number' || !Number.isFinite(menu.order)) {
    return { ok: false, problem: 'manifest menu order must be a number' };
  }
  if (!nonEmpty(requiredPermission)) return { ok: false, problem: 'manifest requiredPermission is missing' };
  const labels = labelsOf(menu.labels);
  return {
    ok: true,
    manifest: {
      id,
      route,
      menu: { section: menu.section, label: menu.label, ...(labels ? { labels } : {}), order: menu.order },
      requiredPermission,
    },
  };
}

/** The menu labels by (canonical) language tag that are labels at all (a remote of an older release has none). */
function labelsOf(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const labels: Record<string, string> = {};
  for (const [tag, label] of Object.entries(value)) {
    const canonical = canonicalTag(tag);
    if (canonical && nonEmpty(label)) labels[canonical] = label;
  }
  return Object.keys(labels).length > 0 ? labels : null;
}

const canonicalTag = (tag: string): string | null => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
};

/**
 * The menu label for the console's `language`: the manifest's label for that tag, else for each
 * shorter prefix of it (`de` for `de-AT`), else its English `label`.
 */
export function menuLabel(menu: ModuleManifest['menu'], language: string): string {
  const tag = canonicalTag(language);
  const subtags = tag ? tag.split('-') : [];
  for (let length = subtags.length; length > 0; length -= 1) {
    const label = menu.labels?.[subtags.slice(0, length).join('-')];
    if (label) return label;
  }
  return menu.label;
}
