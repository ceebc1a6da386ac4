// Exposed as `./manifest`. A host loads it at boot to draw its menu, so it is plain data:
// it must never import React, axios or page code.
import type { ModuleManifest } from './contract/module-manifest';
import { ACTIVE_SESSIONS_ROUTE } from './routes';

const manifest: ModuleManifest = {
  id: 'active-sessions',
  route: ACTIVE_SESSIONS_ROUTE,
  menu: { section: 'communications', label: 'Active Sessions', order: 20 },
  requiredPermission: 'communications.access',
};

export default manifest;
