// Exposed as `./manifest`. A host loads it at boot to draw its menu, so it is plain data:
// it must never import React, axios or page code.
import type { ModuleManifest } from './contract/module-manifest';
import { ACTIVE_SESSIONS_ROUTE } from './routes';

const manifest: ModuleManifest = {
  id: 'active-sessions',
  route: ACTIVE_SESSIONS_ROUTE,
  menu: {
    section: 'communications',
    label: 'Active Sessions',
    // The page's heading in each language it ships (src/manifest.test.ts holds them to the catalogs),
    // written here because a host reads this file at boot: it must not pull in a catalog.
    labels: { en: 'Active Sessions', de: 'Aktive Sitzungen' },
    order: 20,
  },
  requiredPermission: 'communications.access',
};

export default manifest;
