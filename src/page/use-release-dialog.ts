// Which session's release dialog is open, and where focus goes when it closes.
import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { SessionRow } from '../session/row';

export function useReleaseDialog(fallback: RefObject<HTMLElement | null>, onOpen: () => void) {
  const [releasing, setReleasing] = useState<{ row: SessionRow; trigger: HTMLElement } | null>(null);
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);
  const open = useCallback(
    (row: SessionRow, trigger: HTMLElement) => {
      onOpen();
      setReleasing({ row, trigger });
    },
    [onOpen],
  );
  const close = () => {
    setReturnFocus(releasing?.trigger ?? null);
    setReleasing(null);
  };
  // After the commit that closed the dialog: the row's button if the row is still listed, else the heading.
  useEffect(() => {
    if (!returnFocus) return;
    (returnFocus.isConnected ? returnFocus : fallback.current)?.focus();
    setReturnFocus(null);
  }, [returnFocus, fallback]);
  return { row: releasing?.row ?? null, open, close };
}
