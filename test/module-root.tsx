// The module's root as a component taking the host's props, for jsdom tests that render the page
// without single-spa: the props go through the same handoff as a mount and an update do.
import { useLayoutEffect, useRef, useState } from 'react';
import { MountedInstance } from '../src/mount/handoff';
import { Root } from '../src/mount/Root';

/** Renders the module for host props; a re-render with other props is an `update`. */
export function ModuleRoot(props: Record<string, unknown>) {
  // No first load before the render: the page starts it, as when the root renders on its own.
  const [instance] = useState(() => new MountedInstance(props, { preload: false }));
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) first.current = false;
    else instance.update(props);
  });
  return <Root instance={instance} />;
}
