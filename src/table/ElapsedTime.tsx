import { useLayoutEffect, useRef } from 'react';
import type { DurationFormat } from '../i18n/duration';
import { isoDuration } from '../session/display';
import type { Clock } from './clock';
import styles from './table.module.css';

/**
 * Time elapsed since `sinceMs`, kept current by the page's one clock (Duration, In state for). Every
 * visible row ticks every second, so the text is written straight into its <time> element on each
 * tick instead of re-rendering a hundred components.
 */
export function ElapsedTime(props: {
  sinceMs: number;
  clock: Clock;
  duration: DurationFormat;
  title?: string;
}) {
  const { sinceMs, clock, duration, title } = props;
  const time = useRef<HTMLTimeElement>(null);
  useLayoutEffect(() => {
    const paint = () => {
      const element = time.current;
      if (!element) return;
      const elapsed = clock.now() - sinceMs;
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
  }, [clock, sinceMs, duration]);
  return (
    <span className={styles.duration}>
      <time ref={time} title={title} />
    </span>
  );
}
