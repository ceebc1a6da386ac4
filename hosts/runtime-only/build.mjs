// The console's build: esbuild bundles it; no federation build plugin is involved.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.jsx'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  outdir: 'dist',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
