// Fetches the release code and its messages in the page's language, once wanted; a page that comes
// back finds them loaded.
import { useEffect, useState } from 'react';
import { loadReleaseMessages, releaseMessagesReady } from '../i18n/languages';
import { lazyModule } from './lazy-module';

type ReleaseKit = typeof import('./release-kit');

const kitModule = lazyModule(() => import(/* webpackChunkName: "on-demand-release" */ './release-kit'));

/**
 * The release code, once `wanted` (the administrator pointed at Release or a box, or chose one) and its
 * messages in `language` are here; null until then. Loaded before, it is there at once.
 */
export function useReleaseKit(wanted: boolean, language: string): ReleaseKit | null {
  const kit = kitModule.get();
  const [ready, setReady] = useState<{ kit: ReleaseKit; language: string } | null>(() =>
    kit && releaseMessagesReady(language) ? { kit, language } : null,
  );
  const go = wanted || kit !== null;
  useEffect(() => {
    if (!go || ready?.language === language) return;
    let live = true;
    Promise.all([kitModule.load(), loadReleaseMessages(language)]).then(
      ([loaded]) => live && setReady({ kit: loaded, language }),
      // The chunk could not be fetched (the remote's server is down): asked for again next time.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [go, language, ready]);
  // Another language on its way: the code already here stays (a bulk release it runs goes on), its
  // words in English until the new ones arrive.
  return ready ? ready.kit : null;
}
