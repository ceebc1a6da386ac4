// The console's build: esbuild bundles it; no federation build plugin is involved. A development
// build, as the console's team runs it day to day: React's StrictMode mounts, unmounts and mounts
// every component again, and React's development checks run on the page too.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.jsx'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  conditions: ['development'],
  outdir: 'dist',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'warning',
});
