// The tenant console as a Module Federation host. It lists no remote: remotes come from /config.json
// at run time, as they do in the real console, so a module's URL can change without a rebuild.
import { createModuleFederationConfig } from '@module-federation/enhanced/rspack';
import pkg from '../../package.json';

type Dependency = keyof typeof pkg.dependencies;

// Every sub-path a module imports must be listed too, or a remote ships its own copy of react-dom.
const singleton = (name: Dependency, subpaths: string[] = []) =>
  Object.fromEntries(
    [name, ...subpaths.map((subpath) => `${name}/${subpath}`)].map((request) => [
      request,
      { singleton: true, requiredVersion: `^${pkg.dependencies[name]}` },
    ]),
  );

export default createModuleFederationConfig({
  name: 'tenant_console',
  shared: {
    ...singleton('react', ['jsx-runtime']),
    ...singleton('react-dom', ['client']),
    ...singleton('single-spa'),
  },
  // A module is fetched when first used, so one that is down cannot break the console's start.
  shareStrategy: 'loaded-first',
  // Modules built for it load their slim entry, which runs on this runtime instead of bringing their own.
  experiments: { provideExternalRuntime: true },
  dts: false,
  manifest: false,
});
