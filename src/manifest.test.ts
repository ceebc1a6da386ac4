/** @jest-environment node */
import path from 'node:path';
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import manifest from './manifest';

describe('./manifest', () => {
  it('describes the route, the menu entry and the permission a host needs', () => {
    expect(manifest).toEqual({
      id: 'active-sessions',
      route: '/communications/sessions/active',
      menu: {
        section: 'communications',
        label: 'Active Sessions',
        labels: { en: 'Active Sessions', de: 'Aktive Sitzungen' },
        order: expect.any(Number),
      },
      requiredPermission: 'communications.access',
    });
  });

  it('labels the menu entry with the page’s heading in every language it ships', () => {
    // Every catalog of src/i18n (en.ts, de.ts, …: one file named by its language), read as the page reads it.
    const tags = readdirSync(path.join(__dirname, 'i18n'))
      .map((file) => /^([a-z]{2,3})\.ts$/.exec(file)?.[1])
      .filter((tag): tag is string => tag !== undefined);
    const headings = Object.fromEntries(
      tags.map((tag) => [tag, (require(`./i18n/${tag}`)[tag] as { heading: string }).heading]),
    );
    expect(tags).toEqual(expect.arrayContaining(['en', 'de']));
    expect(manifest.menu.labels).toEqual(headings);
    expect(manifest.menu.label).toBe(headings.en);
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
