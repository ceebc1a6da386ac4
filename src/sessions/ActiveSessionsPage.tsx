import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/context';
import { HOST_ROUTES } from '../routes';
import type { SessionsApi } from './api';
import { onHostLinkClick } from './host-link';
import type { SessionListLoader } from './list-loader';
import type { CellContext } from './columns';
import { createFormatters } from './format';
import { useClockStore, useSessionList, useViewInUrl, useVisibleColumns } from './hooks';
import { newIdempotencyKey } from './idempotency-key';
import { contactLabel, type SessionRow, tickIntervalMs } from './model';
import { ListNotices, ListPlaceholder } from './ListNotices';
import { Pager } from './Pager';
import styles from './page.module.css';
import type { PendingRelease } from './ReleaseDialog';
import { ReleaseDialog } from './ReleaseDialog';
import type { ReleaseResult } from './release';
import { SessionsTable } from './SessionsTable';
import { ColumnChooser, RefreshControls, RefreshStatus, SearchBox, StateChips } from './Toolbar';
import { nextSort, toListQuery } from './view';

export interface ActiveSessionsPageProps {
  api: SessionsApi;
  navigate: (path: string) => void;
  locale?: string;
  timeZone?: string;
  stuckAfterMinutes: number;
  /** The first load, already started by the mount lifecycle. */
  preloadedList?: SessionListLoader;
}

interface Announcement {
  tone: 'success' | 'problem';
  text: string;
  /** The technical side of a problem, shown smaller. */
  detail?: string;
}

/** The Active Sessions page: every session that has not ended, and Release for those stuck with an agent. */
export function ActiveSessionsPage(props: ActiveSessionsPageProps) {
  const { api, navigate, locale, timeZone, stuckAfterMinutes, preloadedList } = props;
  const [view, setView] = useViewInUrl();
  const [columns, setColumns] = useVisibleColumns();
  const query = useMemo(() => toListQuery(view, null), [view]);
  const [list, loader] = useSessionList(api, query, preloadedList);
  const clock = useClockStore();
  const formatters = useMemo(() => createFormatters(locale, timeZone), [locale, timeZone]);
  const i18n = useI18n();
  const { t } = i18n;
  const [releasing, setReleasing] = useState<{ row: SessionRow; trigger: HTMLElement } | null>(null);
  const pending = useRef(new Map<string, PendingRelease>());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = list.page?.rows ?? [];
  // Once per answer: the server's clock and how often the rows' durations need a tick.
  useEffect(() => {
    clock.setOffset(list.page?.clockOffsetMs ?? 0);
    clock.setInterval(tickIntervalMs(list.page?.rows ?? [], clock.now()));
  }, [clock, list.page]);

  const context: CellContext = useMemo(
    () => ({ clock, formatters, i18n, stuckAfterMinutes }),
    [clock, formatters, i18n, stuckAfterMinutes],
  );

  const openRelease = useCallback((row: SessionRow, trigger: HTMLElement) => {
    setAnnouncement(null);
    setReleasing({ row, trigger });
  }, []);

  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);
  const closeRelease = () => {
    setReturnFocus(releasing?.trigger ?? null);
    setReleasing(null);
  };
  // After the commit that closed the dialog: the row's button if the row is still listed, else the heading.
  useEffect(() => {
    if (!returnFocus) return;
    (returnFocus.isConnected ? returnFocus : headingRef.current)?.focus();
    setReturnFocus(null);
  }, [returnFocus]);

  const onResult = (result: Exclude<ReleaseResult, { kind: 'failed' | 'unknown' }>) => {
    const row = releasing?.row;
    if (!row) return;
    if (result.kind === 'released') {
      loader.patchRow(result.row ?? { ...row, agent: null });
      setAnnouncement({
        tone: 'success',
        text: t('released', { contact: contactLabel(row) }),
      });
    } else {
      if (result.kind === 'gone') loader.dropRow(row.id);
      setAnnouncement({ tone: 'problem', text: result.message, detail: result.detail });
      loader.refresh();
    }
  };

  const go = (path: string) => onHostLinkClick(navigate, path);

  const stale = list.error !== null && list.page !== null;
  return (
    <section
      className={styles.page}
      aria-labelledby="active-sessions-heading"
      data-testid="active-sessions-page"
    >
      <header className={styles.header}>
        <h1 id="active-sessions-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
          {t('heading')}
        </h1>
        <RefreshStatus updatedAtMs={list.updatedAtMs} loading={list.loading} autoRefresh={list.autoRefresh} />
        <nav aria-label={t('relatedPages')} className={styles.related}>
          <a href={HOST_ROUTES.handoffInbox} onClick={go(HOST_ROUTES.handoffInbox)}>
            {t('handoffInbox')}
          </a>
          <a href={HOST_ROUTES.conversationLogs} onClick={go(HOST_ROUTES.conversationLogs)}>
            {t('conversationLogs')}
          </a>
          <a href={HOST_ROUTES.conversationMenus} onClick={go(HOST_ROUTES.conversationMenus)}>
            {t('conversationMenus')}
          </a>
        </nav>
      </header>
      <div className={styles.toolbar}>
        <StateChips
          chip={view.chip}
          counts={list.page?.counts ?? null}
          formatters={formatters}
          onChange={(chip) => setView({ ...view, chip })}
        />
        <SearchBox value={view.q} onSearch={(q) => setView({ ...view, q })} inputRef={searchRef} />
        <ColumnChooser columns={columns} onChange={setColumns} />
        <RefreshControls
          loading={list.loading}
          autoRefresh={list.autoRefresh}
          onRefresh={() => !list.loading && loader.refresh()}
          onAutoRefresh={(on) => loader.setAutoRefresh(on)}
        />
      </div>
      <div className={styles.announcements}>
        <div role="status" data-testid="status">
          {announcement?.tone === 'success' && (
            <p className={styles.success}>
              {announcement.text}{' '}
              <a href={HOST_ROUTES.handoffInbox} onClick={go(HOST_ROUTES.handoffInbox)}>
                {t('openHandoffInbox')}
              </a>
            </p>
          )}
        </div>
        <div role="alert">
          {announcement?.tone === 'problem' && (
            <div className={styles.problem}>
              <p>{announcement.text}</p>
              {announcement.detail && (
                <p className={styles.detail}>{t('details', { detail: announcement.detail })}</p>
              )}
            </div>
          )}
        </div>
      </div>
      <ListNotices list={list} onRetry={() => loader.refresh()} />
      <SessionsTable
        rows={rows}
        columns={columns}
        sort={view.sort}
        onSort={(column) => setView({ ...view, sort: nextSort(view.sort, column) })}
        context={context}
        onRelease={openRelease}
        navigate={navigate}
        stale={stale}
        busy={list.loading}
        placeholder={
          <ListPlaceholder
            list={list}
            chip={view.chip}
            search={view.q}
            onClearSearch={() => {
              setView({ ...view, q: '' });
              searchRef.current?.focus();
            }}
          />
        }
      />
      <Pager
        list={list}
        formatters={formatters}
        pageSize={view.pageSize}
        onPageSize={(pageSize) => setView({ ...view, pageSize })}
        onPrevious={() => loader.previous()}
        onNext={() => loader.next()}
      />
      {releasing && (
        <ReleaseDialog
          key={releasing.row.id}
          row={releasing.row}
          api={api}
          formatters={formatters}
          pending={pending.current.get(releasing.row.id)}
          newKey={newIdempotencyKey}
          onPending={(entry) =>
            entry ? pending.current.set(releasing.row.id, entry) : pending.current.delete(releasing.row.id)
          }
          onResult={onResult}
          onClose={closeRelease}
        />
      )}
    </section>
  );
}
