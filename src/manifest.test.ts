/** @jest-environment node */
import path from 'node:path';
import { build } from 'esbuild';
import manifest from './manifest';

describe('./manifest', () => {
  it('describes the route, the menu entry and the permission a host needs', () => {
    expect(manifest).toEqual({
      id: 'active-sessions',
      route: '/communications/sessions/active',
      menu: { section: 'communications', label: 'Active Sessions', order: expect.any(Number) },
      requiredPermission: 'communications.access',
    });
  });

  it('pulls in no React, axios or page code', async () => {
    const result = await build({
      entryPoints: [path.join(__dirname, 'manifest.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((file) => file.replace(/\\/g, '/'));
    expect(inputs.filter((file) => file.includes('node_modules/'))).toEqual([]);
    // Only the manifest, the route constants and the contract: no folder of the page.
    const own = inputs.map((file) => file.replace(/^.*?src\//, 'src/'));
    expect(own).toContain('src/manifest.ts');
    expect(own.filter((file) => !/^src\/(manifest|routes)\.ts$|^src\/contract\//.test(file))).toEqual([]);
  });
});
