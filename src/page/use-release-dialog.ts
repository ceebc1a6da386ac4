// Which session's release dialog is open, and where focus goes when it closes.
import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { SessionRow } from '../session/row';

/** A Release button that can be pressed: it names a session and is not disabled. */
const USABLE_RELEASE = 'button[data-intent][aria-label]:not([aria-disabled="true"])';

/**
 * Where focus goes once a release dialog has closed: back to the row's Release while it can still be
 * pressed (the dialog was cancelled), else to the next session's Release (the row was released, the
 * next one is what an administrator clearing an agent's sessions reaches for), else to `fallback`.
 */
export function focusAfterRelease(trigger: HTMLElement, fallback: HTMLElement | null): HTMLElement | null {
  if (trigger.isConnected && trigger.matches(USABLE_RELEASE)) return trigger;
  const row = trigger.closest('tr');
  for (let next = row?.nextElementSibling; next; next = next.nextElementSibling) {
    const button = next.querySelector<HTMLElement>(USABLE_RELEASE);
    if (button) return button;
  }
  return fallback;
}

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
  // After the commit that closed the dialog (and showed the row as it is now).
  useEffect(() => {
    if (!returnFocus) return;
    focusAfterRelease(returnFocus, fallback.current)?.focus();
    setReturnFocus(null);
  }, [returnFocus, fallback]);
  return { row: releasing?.row ?? null, open, close };
}
