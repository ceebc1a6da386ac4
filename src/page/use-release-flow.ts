// The page's side of releasing: which row's dialog is open, the outcome last told, and the release
// code, fetched when first reached for (a pointer on, or focus in, a Release button or a box).
import { type RefObject, useCallback, useState } from 'react';
import type { Told } from '../release/SingleRelease';
import type { SessionRow } from '../session/row';
import { useReleaseKit } from './release-kit-loader';
import { useReleaseDialog } from './use-release-dialog';

export function useReleaseFlow(headingRef: RefObject<HTMLElement | null>, chosen: boolean, language: string) {
  // The outcome of the administrator's last action: a new action (a release opened, a bulk release
  // started) replaces it, so the page never tells an old outcome beside a new one.
  const [told, setTold] = useState<Told | null>(null);
  const [singleOpened, setSingleOpened] = useState(0);
  const release = useReleaseDialog(
    headingRef,
    useCallback(() => {
      setTold(null);
      setSingleOpened((n) => n + 1);
    }, []),
  );
  const [intent, setIntent] = useState(false);
  const asked = release.row !== null || chosen;
  const kit = useReleaseKit(intent || asked, language);
  const { retry } = kit;
  // Reaching for Release or a box again after the code could not be fetched tries once more.
  const onRelease = useCallback(
    (row: SessionRow, trigger: HTMLElement) => {
      retry();
      release.open(row, trigger);
    },
    [retry, release.open],
  );
  const onIntent = useCallback(() => setIntent(true), []);
  return { told, setTold, singleOpened, release, asked, kit, onRelease, onIntent };
}
