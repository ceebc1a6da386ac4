/** The remote's container name (federation `name`, bundler `uniqueName`): hosts load `active_sessions/app`. */
export const CONTAINER_NAME = 'active_sessions';

/**
 * The Trusted Types policy the module's chunk loader creates for its script URLs: a host whose CSP has
 * `require-trusted-types-for 'script'` names it in `trusted-types`, beside its own.
 */
export const TRUSTED_TYPES_POLICY = 'active_sessions';

/** Where a host draws this module's menu entry. */
export interface MenuEntry {
  /** The host menu section, e.g. `communications`. */
  section: string;
  /** The entry's label in English: for a host that draws its menu in one language only. */
  label: string;
  /**
   * The label in every language the module ships, by BCP 47 tag (`{ en: 'Active Sessions', de:
   * 'Aktive Sitzungen' }`): the page's own heading in that language. A host picks the tag of its
   * user's language, else its primary language (`de` for `de-AT`), else `label`. Optional for hosts
   * that read manifests of older releases, which have none.
   */
  labels?: Readonly<Record<string, string>>;
  /** Position within the section; lower comes first. */
  order: number;
}

/** Static description of the module: what `./manifest` exports and `mf-manifest.json` carries. */
export interface ModuleManifest {
  id: string;
  /** The route the host registers `./app` under (single-spa `activeWhen`). */
  route: string;
  menu: MenuEntry;
  /** The host shows the entry only to users with this permission. */
  requiredPermission: string;
}

/** Key under which `mf-manifest.json` carries the ModuleManifest, for hosts that draw menus without running remote code. */
export const MANIFEST_METADATA_KEY = 'activeSessions';
