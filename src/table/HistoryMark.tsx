// The audit-trail link's icon (a clock with an arrow turning back), an inline SVG apart from the row it sits in.
import styles from './table.module.css';

/** A clock with an arrow turning back: the session's history. */
export function HistoryMark() {
  return (
    <svg
      className={styles.historyMark}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9M2.5 2.5v2.6h2.6M8 5v3.2l2.2 1.4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
