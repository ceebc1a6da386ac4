import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

/**
 * A remote's manifest file (mf-manifest.json), fetched once and read twice: by the console, which
 * draws the menu from the module's metadata in it without running any remote code, and by the
 * federation runtime, which finds the entry and the exposed files in it. A runtime plugin hands the
 * runtime the console's answer, once, so the file is not asked for a second time on the way to the
 * page; the runtime's later requests (after a failure, the remote registered again) go to the server,
 * which may have a new release by then.
 */
export interface ManifestFile {
  /** The file as JSON. `fresh`: ask the server again (a retry), instead of the answer already in. */
  read(fresh?: boolean): Promise<unknown>;
  /** The runtime plugin that serves the runtime's request for this file from the same answer. */
  readonly plugin: ModuleFederationRuntimePlugin;
}

export function createManifestFile(url: string, fetchFile: typeof fetch = fetch): ManifestFile {
  let answer: Promise<Response> | null = null;
  let handedOver = false;
  const get = (fresh: boolean) => {
    if (!answer || fresh) {
      handedOver = false;
      const pending = fetchFile(url).then((response) => {
        if (!response.ok) throw new Error(`${new URL(url).pathname} answered HTTP ${response.status}`);
        return response;
      });
      // A failed answer is not kept: the next read asks again.
      pending.catch(() => {
        if (answer === pending) answer = null;
      });
      answer = pending;
    }
    return answer.then((response) => response.clone());
  };
  return {
    read: async (fresh = false) => (await get(fresh)).json(),
    plugin: {
      name: 'tenant-console:manifest-file',
      fetch(requested) {
        // Only once the console has asked for it; anything else goes to the network as usual.
        if (requested !== url || !answer || handedOver) return undefined;
        handedOver = true;
        return get(false);
      },
    },
  };
}
