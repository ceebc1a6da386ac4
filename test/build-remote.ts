// `tsx test/build-remote.ts <dir>`: the production remote into <dir>, with <dir>.modules.json listing
// every module that went in. A process of its own because @rspack/core is ESM-only and jest runs CJS.
import { writeFileSync } from 'node:fs';
import { rspack, type StatsModule } from '@rspack/core';
import rspackConfig from '../rspack.config';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx test/build-remote.ts <output dir>');

const make = rspackConfig as unknown as (env: unknown, argv: { mode: string }) => Record<string, unknown>;
const config = make({}, { mode: 'production' });
const compiler = rspack({
  ...config,
  output: { ...(config.output as object), path: dir },
  infrastructureLogging: { level: 'error' },
} as never);

compiler.run((error, stats) => {
  if (error || !stats) throw error ?? new Error('no stats');
  const json = stats.toJson({ assets: true, modules: true, nestedModules: true });
  if (stats.hasErrors()) {
    console.error(JSON.stringify(json.errors?.slice(0, 3), null, 2));
    process.exit(1);
  }
  const modules: string[] = [];
  const collect = (list: StatsModule[] | undefined) => {
    for (const module of list ?? []) {
      if (module.nameForCondition) modules.push(module.nameForCondition);
      collect(module.modules);
    }
  };
  collect(json.modules);
  const assets = (json.assets ?? []).map((asset) => asset.name);
  writeFileSync(`${dir}.modules.json`, JSON.stringify({ assets, modules }));
  compiler.close(() => undefined);
});
