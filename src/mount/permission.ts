import type { ActiveSessionsProps } from '../contract/host-props';
import manifest from '../manifest';

/** Whether the host's user may see the page; a hasPermission that throws means no. */
export function allowed(props: ActiveSessionsProps): boolean {
  try {
    return props.hasPermission(manifest.requiredPermission) === true;
  } catch {
    return false;
  }
}
