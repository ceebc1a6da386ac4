import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/context';
import { HOST_ROUTES } from '../routes';
import type { ClientServices } from '../dispatcher/client-services';
import { onHostLinkClick } from '../ui/host-link';
import type { SessionListLoader } from '../list/list-loader';
import type { CellContext } from '../table/columns';
import { createFormatters } from '../session/format';
import { pageChoice, useSelection } from '../bulk/selection';
import { useClockStore } from '../table/clock';
import { useSessionList } from '../list/use-session-list';
import { useViewHistory } from '../list/use-view-history';
import { useVisibleColumns } from '../table/visible-columns';
import { useReleaseKit } from './release-kit-loader';
import type { Told } from '../release/SingleRelease';
import type { NamedRef } from '../contract/dispatcher-api';
import type { SessionRow } from '../session/row';
import { tickIntervalMs } from '../session/display';
import { ListNotices, ListPlaceholder } from './ListNotices';
import { Pager } from './Pager';
import styles from './page.module.css';
import { SessionsTable } from '../table/SessionsTable';
import { AgentFilter, ColumnChooser, RefreshControls, RefreshStatus, SearchBox, StateChips } from './Toolbar';
import { nextSort, withChip } from '../list/view';
import { toListQuery } from '../list/query';

export interface ActiveSessionsPageProps {
  /** The dispatcher API and what outlives the page, of the host's client. */
  services: ClientServices;
  navigate: (path: string) => void;
  locale?: string;
  timeZone?: string;
  stuckAfterMinutes: number;
  /** The first load, already started by the mount lifecycle. */
  preloadedList?: SessionListLoader;
}

/** What the page has to say about releases: successes in the status region, problems in an alert. */
type Announcement = Told;

/** The Active Sessions page: every session that has not ended, and Release for those stuck with an agent. */
export function ActiveSessionsPage(props: ActiveSessionsPageProps) {
  const { services, navigate, locale, timeZone, stuckAfterMinutes, preloadedList } = props;
  const [view, setView, correctView] = useViewHistory(navigate);
  const [columns, setColumns] = useVisibleColumns();
  const query = useMemo(() => toListQuery(view, null, stuckAfterMinutes), [view, stuckAfterMinutes]);
  const [list, loader] = useSessionList(services.api, query, view.page, preloadedList);
  // A page the list cannot show (a reloaded link to a later page, whose cursor is gone) is shown as
  // the first page: the URL says so too, without a new history entry.
  // Read from the loader itself, just after the list hook's layout effect asked it for this page.
  useLayoutEffect(() => {
    const shown = loader.getSnapshot().pageIndex;
    if (shown !== view.page) correctView({ ...view, page: shown });
  }, [loader, view, correctView]);
  const clock = useClockStore();
  const formatters = useMemo(() => createFormatters(locale, timeZone), [locale, timeZone]);
  const i18n = useI18n();
  const { t } = i18n;
  const [releasing, setReleasing] = useState<{ row: SessionRow; trigger: HTMLElement } | null>(null);
  const selection = useSelection(`${view.chip}|${view.q.trim()}|${view.agent}`);
  // The release code comes when first reached for: a pointer on, or focus in, a Release button or a box.
  const [intent, setIntent] = useState(false);
  const kit = useReleaseKit(intent || releasing !== null || selection.chosen.size > 0, i18n.language);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = list.page?.rows ?? [];
  // Once per answer: the server's clock and how often the rows' durations need a tick.
  useEffect(() => {
    clock.setOffset(list.page?.clockOffsetMs ?? 0);
    clock.setInterval(tickIntervalMs(list.page?.rows ?? [], clock.now()));
  }, [clock, list.page]);

  // An agent's name in the Agent column shows only that agent's sessions. The view is read from a ref,
  // so the rows' context stays the same object while the view changes.
  const viewRef = useRef(view);
  viewRef.current = view;
  const [agentNames, setAgentNames] = useState<ReadonlyMap<string, string>>(new Map());
  const onAgent = useCallback(
    (agent: NamedRef) => {
      setAgentNames((names) => new Map(names).set(agent.id, agent.name));
      setView({ ...viewRef.current, agent: agent.id, page: 0 });
    },
    [setView],
  );
  const agentName =
    agentNames.get(view.agent) ?? rows.find((row) => row.agent?.id === view.agent)?.agent?.name ?? view.agent;

  const context: CellContext = useMemo(
    () => ({ clock, formatters, i18n, stuckAfterMinutes, onAgent }),
    [clock, formatters, i18n, stuckAfterMinutes, onAgent],
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

  const choice = useMemo(
    () => ({
      chosen: selection.chosen,
      page: pageChoice(selection.chosen, list.page?.rows ?? []),
      onToggle: selection.toggle,
      onTogglePage: () => selection.togglePage(loader.getSnapshot().page?.rows ?? []),
    }),
    [selection, loader, list.page],
  );
  const onIntent = useCallback(() => setIntent(true), []);

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
          stuck={list.page?.stuck ?? null}
          formatters={formatters}
          onChange={(chip) => setView(withChip(view, chip))}
        />
        {view.agent && (
          <AgentFilter agent={agentName} onClear={() => setView({ ...view, agent: '', page: 0 })} />
        )}
        <SearchBox value={view.q} onSearch={(q) => setView({ ...view, q, page: 0 })} inputRef={searchRef} />
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
          {announcement?.success.length ? (
            <p className={styles.success}>
              {announcement.success.join(' ')}{' '}
              <a href={HOST_ROUTES.handoffInbox} onClick={go(HOST_ROUTES.handoffInbox)}>
                {t('openHandoffInbox')}
              </a>
            </p>
          ) : null}
        </div>
        <div role="alert">
          {announcement?.problems.map(({ text, detail }) => (
            <div key={text} className={styles.problem}>
              <p>{text}</p>
              {detail && <p className={styles.detail}>{t('details', { detail })}</p>}
            </div>
          ))}
        </div>
      </div>
      <ListNotices list={list} onRetry={() => loader.refresh()} />
      {kit && (
        <kit.BulkArea
          services={services}
          loader={loader}
          list={list}
          query={query}
          selection={selection}
          formatters={formatters}
          fallbackFocus={() => headingRef.current}
        />
      )}
      <SessionsTable
        rows={rows}
        columns={columns}
        sort={view.sort}
        onSort={(column) => setView({ ...view, sort: nextSort(view.sort, column), page: 0 })}
        context={context}
        onRelease={openRelease}
        navigate={navigate}
        stale={stale}
        busy={list.loading}
        choice={choice}
        onIntent={onIntent}
        placeholder={
          <ListPlaceholder
            list={list}
            chip={view.chip}
            search={view.q}
            onClearSearch={() => {
              setView({ ...view, q: '', page: 0 });
              searchRef.current?.focus();
            }}
          />
        }
      />
      <Pager
        list={list}
        formatters={formatters}
        pageSize={view.pageSize}
        onPageSize={(pageSize) => setView({ ...view, pageSize, page: 0 })}
        onPrevious={() => view.page > 0 && !list.loading && setView({ ...view, page: view.page - 1 })}
        onNext={() =>
          !list.loading && loader.hasPage(view.page + 1) && setView({ ...view, page: view.page + 1 })
        }
      />
      {kit && (
        <kit.SingleRelease
          services={services}
          loader={loader}
          row={releasing?.row ?? null}
          formatters={formatters}
          onTold={setAnnouncement}
          onClose={closeRelease}
        />
      )}
    </section>
  );
}
