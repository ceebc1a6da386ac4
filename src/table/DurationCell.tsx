import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { I18n } from '../i18n/translate';
import type { Clock } from './clock';
import { isoDuration } from '../session/display';
import { isStuck } from '../session/rules';
import type { SessionRow } from '../session/row';
import styles from './table.module.css';

/**
 * Time since the session opened, kept current by the page's one clock; marks stuck sessions in words.
 * Every visible row ticks every second, so the text is written straight into its <time> element on
 * each tick instead of re-rendering a hundred components; React renders again only when the Stuck
 * marker appears.
 */
export function DurationCell(props: {
  row: SessionRow;
  clock: Clock;
  i18n: I18n;
  stuckAfterMinutes: number;
}) {
  const { row, clock, i18n, stuckAfterMinutes } = props;
  const { duration } = i18n;
  const time = useRef<HTMLTimeElement>(null);
  const stuck = useSyncExternalStore(clock.subscribe, () => isStuck(row, clock.now(), stuckAfterMinutes));
  useLayoutEffect(() => {
    const paint = () => {
      const element = time.current;
      if (!element) return;
      const elapsed = clock.now() - row.startedAtMs;
      const text = duration(elapsed);
      // Written only when the shown text changes: the clock also ticks on every answer (the server's
      // time), and a refresh that changes nothing must change no node. The machine-readable value
      // goes with the text, to the precision shown.
      if (element.textContent === text) return;
      // The same text node every tick: no new node per cell per second for the collector.
      if (element.firstChild) element.firstChild.nodeValue = text;
      else element.textContent = text;
      element.dateTime = isoDuration(elapsed);
    };
    paint();
    return clock.subscribe(paint);
  }, [clock, row.startedAtMs, duration]);
  return (
    <span className={styles.duration}>
      <time ref={time} />
      {stuck && (
        <span className={styles.stuck} title={i18n.t('stuckHint', { count: stuckAfterMinutes })}>
          {i18n.t('stuck')}
        </span>
      )}
    </span>
  );
}
