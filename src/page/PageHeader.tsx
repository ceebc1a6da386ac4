import type { RefObject } from 'react';
import { useI18n } from '../i18n/context';
import type { ListSnapshot } from '../list/list-loader';
import { HOST_ROUTES } from '../routes';
import type { HostNavigation } from '../ui/host-link';
import { HostLink } from '../ui/HostLink';
import styles from './page.module.css';
import { RefreshStatus } from './RefreshControls';

/** The heading, how fresh the list is, and the related pages of the console. */
export function PageHeader(props: {
  list: ListSnapshot;
  host: HostNavigation;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { list, host, headingRef } = props;
  const { t } = useI18n();
  const link = (route: string, label: string) => (
    <HostLink host={host} route={route}>
      {label}
    </HostLink>
  );
  return (
    <header className={styles.header}>
      <h1 id="active-sessions-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('heading')}
      </h1>
      <RefreshStatus updatedAtMs={list.updatedAtMs} loading={list.loading} autoRefresh={list.autoRefresh} />
      <nav aria-label={t('relatedPages')} className={styles.related}>
        {link(HOST_ROUTES.handoffInbox, t('handoffInbox'))}
        {link(HOST_ROUTES.conversationLogs, t('conversationLogs'))}
        {link(HOST_ROUTES.conversationMenus, t('conversationMenus'))}
      </nav>
    </header>
  );
}
