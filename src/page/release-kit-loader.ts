// Fetches the release code and its messages in the page's language, once wanted; a page that comes
// back finds them loaded. A fetch that fails is tried again (chunks/retried.ts); one that still fails
// (a new release removed the old files) is told, and the next time the administrator reaches for
// Release or a box it is tried once more.
import { useCallback, useEffect, useRef, useState } from 'react';
import { retried } from '../chunks/retried';
import { loadReleaseMessages, releaseMessagesReady } from '../i18n/languages';
import { lazyModule } from './lazy-module';

type ReleaseKit = typeof import('./release-kit');

const kitModule = lazyModule(
  retried(() => import(/* webpackChunkName: "on-demand-release" */ './release-kit')),
);

export interface ReleaseKitState {
  /** The release code, once here with its messages; null until then. */
  kit: ReleaseKit | null;
  /** It could not be fetched, even after retries: the page was updated, and a reload is needed. */
  failed: boolean;
  /** Tries again after a failure (the administrator reached for Release or a box again); else nothing. */
  retry: () => void;
}

/**
 * The release code, once `wanted` (the administrator pointed at Release or a box, or chose one) and its
 * messages in `language` are here. Loaded before, it is there at once.
 */
export function useReleaseKit(wanted: boolean, language: string): ReleaseKitState {
  const kit = kitModule.get();
  const [ready, setReady] = useState<{ kit: ReleaseKit; language: string } | null>(() =>
    kit && releaseMessagesReady(language) ? { kit, language } : null,
  );
  const [failed, setFailed] = useState(false);
  // Each retry is a new attempt: the effect runs again for it.
  const [attempt, setAttempt] = useState(0);
  const failedNow = useRef(false);
  failedNow.current = failed;
  const go = wanted || kit !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` stands for a new try
  useEffect(() => {
    if (!go || ready?.language === language) return;
    let live = true;
    Promise.all([kitModule.load(), loadReleaseMessages(language)]).then(
      ([loaded]) => {
        if (!live) return;
        setFailed(false);
        setReady({ kit: loaded, language });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [go, language, ready, attempt]);
  const retry = useCallback(() => {
    if (!failedNow.current) return;
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  // Another language on its way: the code already here stays (a bulk release it runs goes on), its
  // words in English until the new ones arrive.
  return { kit: ready ? ready.kit : null, failed, retry };
}
