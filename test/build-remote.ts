// `tsx test/build-remote.ts <dir>`: the production remote into <dir> (both entries, as `npm run build`
// makes them), with <dir>.modules.json listing every file written to <dir> and every module that went
// in. A process of its own because @rspack/core is ESM-only and jest runs CJS.
import { writeFileSync } from 'node:fs';
import { rspack, type StatsCompilation, type StatsModule } from '@rspack/core';
import rspackConfig from '../rspack.config';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx test/build-remote.ts <output dir>');

type Config = Record<string, unknown> & { output?: object };
const make = rspackConfig as unknown as (env: unknown, argv: { mode: string }) => Config | Config[];
const configs = [make({}, { mode: 'production' })].flat().map((config) => ({
  ...config,
  output: { ...config.output, path: dir },
  infrastructureLogging: { level: 'error' },
}));
const compiler = rspack(configs as never);

compiler.run((error, stats) => {
  if (error || !stats) throw error ?? new Error('no stats');
  const json = stats.toJson({ assets: true, modules: true, nestedModules: true });
  const builds: StatsCompilation[] = json.children?.length ? json.children : [json];
  if (stats.hasErrors()) {
    console.error(JSON.stringify(builds.flatMap((build) => build.errors ?? []).slice(0, 3), null, 2));
    process.exit(1);
  }
  const modules = new Set<string>();
  const collect = (list: StatsModule[] | undefined) => {
    for (const module of list ?? []) {
      if (module.nameForCondition) modules.add(module.nameForCondition);
      collect(module.modules);
    }
  };
  const assets = new Set<string>();
  for (const build of builds) {
    collect(build.modules);
    for (const asset of build.assets ?? []) assets.add(asset.name);
  }
  writeFileSync(`${dir}.modules.json`, JSON.stringify({ assets: [...assets], modules: [...modules] }));
  compiler.close(() => undefined);
});
