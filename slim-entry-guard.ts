// The slim entry runs on the federation runtime the host provides, and calls `ModuleFederation` of it
// as it starts; runtimes before 0.17 have no such export, and without a guard the host got a TypeError
// and RUNTIME-008 (a white page for a console that imports `./manifest` at boot). The guard wraps the
// emitted entry: on a runtime without `ModuleFederation` (or none provided), the entry's code does not
// run and the container it defines answers `get` with one sentence, which the host's load rejects with.
import type { Compiler } from '@rspack/core';
import { SLIM_ENTRY_NEEDS_RUNTIME } from './src/contract/load-errors';

/** Where the host's federation runtime puts the runtime it provides (`provideExternalRuntime`). */
export const PROVIDED_RUNTIME_GLOBAL = '_FEDERATION_RUNTIME_CORE';

/** The code around the entry: `body` runs only on a runtime the slim entry supports. */
export function guardSlimEntry(body: string, containerName: string): string {
  const supported = `typeof(globalThis.${PROVIDED_RUNTIME_GLOBAL}||{}).ModuleFederation=="function"`;
  // init succeeds so that every runtime goes on to get, whose rejection it hands over unwrapped.
  const refusing = `var ${containerName}=function(m){var e=new Error(m);return{init:function(){return Promise.resolve()},get:function(){return Promise.reject(e)}}}(${JSON.stringify(SLIM_ENTRY_NEEDS_RUNTIME)});`;
  return `if(${supported}){\n${body}\n}else ${refusing}\n`;
}

export class SlimEntryGuardPlugin {
  constructor(
    private readonly file: string,
    private readonly containerName: string,
  ) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.rspack;
    compiler.hooks.thisCompilation.tap(SlimEntryGuardPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minifying (the guard is already small), before source maps and hashes are made.
        { name: SlimEntryGuardPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 50 },
        () => {
          const asset = compilation.getAsset(this.file);
          if (!asset) return;
          const [head, tail] = guardSlimEntry('\u0000', this.containerName).split('\u0000');
          compilation.updateAsset(this.file, new sources.ConcatSource(head ?? '', asset.source, tail ?? ''));
        },
      );
    });
  }
}
