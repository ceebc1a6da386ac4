import type { AnchorHTMLAttributes } from 'react';
import { type HostNavigation, onHostLinkClick } from './host-link';

/**
 * A link to a page of the console: its `href` is under the console's base path, so a plain click
 * (the host's `navigate`), a new tab, a middle click and a copied link all reach the same page.
 */
export function HostLink({
  host,
  route,
  ...rest
}: { host: HostNavigation; route: string } & Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href' | 'onClick'
>) {
  const href = host.href(route);
  return <a href={href} onClick={onHostLinkClick(host, href)} {...rest} />;
}
