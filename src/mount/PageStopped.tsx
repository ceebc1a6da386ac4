import { Component, type ReactNode } from 'react';
import styles from './root.module.css';

/**
 * Catches an error thrown while rendering the page and shows a message in its place, so one broken
 * render never takes the host's console with it. React reports the error itself (the console).
 */
export class PageStopped extends Component<{ children: ReactNode }, { stopped: boolean }> {
  override state = { stopped: false };

  static getDerivedStateFromError() {
    return { stopped: true };
  }

  override render() {
    if (!this.state.stopped) return this.props.children;
    return (
      <section className={styles.panel} role="alert">
        <h1 className={styles.title}>Active Sessions stopped</h1>
        <p>
          An unexpected error stopped the page. Open it again from the menu; if it keeps happening, tell
          support.
        </p>
      </section>
    );
  }
}
