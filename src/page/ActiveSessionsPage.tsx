// The Active Sessions page: every session that has not ended, and Release for those stuck with an
// agent. Composition only: each part is a component or hook of its own.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pageChoice, useSelection } from '../bulk/selection';
import type { ClientServices } from '../dispatcher/client-services';
import { ExportView } from '../export/ExportView';
import { useI18n } from '../i18n/context';
import type { ChangeFeed, SessionListLoader } from '../list/list-loader';
import { nextSort } from '../list/view';
import type { Told } from '../release/SingleRelease';
import { tickIntervalMs } from '../session/display';
import type { SessionRow } from '../session/row';
import { isStuck } from '../session/rules';
import { createFormatters } from '../session/format';
import { useClockStore } from '../table/clock';
import type { CellContext } from '../table/columns';
import { SessionsTable } from '../table/SessionsTable';
import { useVisibleColumns } from '../table/visible-columns';
import { hostNavigation } from '../ui/host-link';
import { ReloadNotice } from '../ui/ReloadNotice';
import { useAfterRows } from './after-rows-loader';
import { Announcements } from './Announcements';
import { ListChanges } from './ListChanges';
import { ListNotices, ListPlaceholder } from './ListNotices';
import { PageHeader } from './PageHeader';
import { Pager } from './Pager';
import styles from './page.module.css';
import { useReleaseKit } from './release-kit-loader';
import { Toolbar } from './Toolbar';
import { useAgentFilter } from './use-agent-filter';
import { useCalmChanges } from './use-calm-changes';
import { usePageList } from './use-page-list';
import { useReleaseDialog } from './use-release-dialog';

export interface ActiveSessionsPageProps {
  /** The dispatcher API and what outlives the page, of the host's client. */
  services: ClientServices;
  /** The host's navigation; it gets full paths, `basePath` included. */
  navigate: (path: string) => void;
  /** The path the console is served under ('' for none): every link and path the page makes starts with it. */
  basePath: string;
  locale?: string;
  timeZone?: string;
  stuckAfterMinutes: number;
  /** The first load, already started by the mount lifecycle. */
  preloadedList?: SessionListLoader;
  /** The host's feed of changes, if it has one. */
  subscribe?: ChangeFeed;
}

export function ActiveSessionsPage(props: ActiveSessionsPageProps) {
  const { services, navigate, basePath, locale, timeZone, stuckAfterMinutes, preloadedList, subscribe } =
    props;
  const host = useMemo(() => hostNavigation(basePath, navigate), [basePath, navigate]);
  const { view, setView, query, list, loader } = usePageList(
    services.api,
    host.navigate,
    stuckAfterMinutes,
    preloadedList,
    subscribe,
  );
  const rows = list.page?.rows ?? [];
  const [columns, setColumns] = useVisibleColumns();
  const formatters = useMemo(() => createFormatters(locale, timeZone), [locale, timeZone]);
  const i18n = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pageRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
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
  const selection = useSelection(
    `${view.chip}|${view.q.trim()}|${view.agent}|${view.states}|${view.channels}`,
  );
  // The release code comes when first reached for: a pointer on, or focus in, a Release button or a box.
  const [intent, setIntent] = useState(false);
  const asked = release.row !== null || selection.chosen.size > 0;
  const releaseKit = useReleaseKit(intent || asked, i18n.language);
  const { kit, retry: retryKit } = releaseKit;
  // Reaching for Release or a box again after the code could not be fetched tries once more.
  const onRelease = useCallback(
    (row: SessionRow, trigger: HTMLElement) => {
      retryKit();
      release.open(row, trigger);
    },
    [retryKit, release.open],
  );
  const { onAgent, onChooseAgent, agentName } = useAgentFilter(view, setView, rows);
  const afterRows = useAfterRows(list.page !== null);
  const AgentsPanel = afterRows?.AgentsPanel ?? null;
  useCalmChanges(loader, pageRef, selection.chosen.size);
  // A chosen session released elsewhere or moved on leaves the choice, and the page says so.
  const [dropped, setDropped] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per answer, with the choice of that moment
  useEffect(() => setDropped(selection.dropUnreleasable(list.page?.rows ?? [])), [list.page]);

  const clock = useClockStore();
  // Once per answer: the server's clock and how often the rows' durations need a tick.
  useEffect(() => {
    clock.setOffset(list.page?.clockOffsetMs ?? 0);
    clock.setInterval(tickIntervalMs(list.page?.rows ?? [], clock.now()));
  }, [clock, list.page]);
  const context: CellContext = useMemo(
    () => ({
      clock,
      formatters,
      i18n,
      stuckAfterMinutes,
      onAgent,
      stuckIn: columns.includes('held') ? ('held' as const) : ('state' as const),
    }),
    [clock, formatters, i18n, stuckAfterMinutes, onAgent, columns],
  );
  // The same function across refreshes: every row gets it, and a new one would render them all.
  const onToggle = useCallback(
    (row: SessionRow) => {
      retryKit();
      selection.toggle(row);
    },
    [retryKit, selection.toggle],
  );
  const choice = useMemo(
    () => ({
      chosen: selection.chosen,
      page: pageChoice(selection.chosen, list.page?.rows ?? []),
      onToggle,
      onTogglePage: () => {
        retryKit();
        selection.togglePage(loader.getSnapshot().page?.rows ?? []);
      },
    }),
    [selection, loader, list.page, retryKit, onToggle],
  );
  const onIntent = useCallback(() => setIntent(true), []);
  const isStuckNow = useCallback(
    (row: SessionRow) => isStuck(row, clock.now(), stuckAfterMinutes),
    [clock, stuckAfterMinutes],
  );
  const clearSearch = () => {
    setView({ ...view, q: '', page: 0 });
    searchRef.current?.focus();
  };

  return (
    <section
      ref={pageRef}
      className={styles.page}
      aria-labelledby="active-sessions-heading"
      data-testid="active-sessions-page"
    >
      <PageHeader list={list} host={host} headingRef={headingRef} />
      <Toolbar
        {...{ view, setView, list, loader, formatters, columns, setColumns, agentName, searchRef }}
        NarrowFilters={afterRows?.NarrowFilters ?? null}
      />
      <ExportView
        api={services.api}
        query={query}
        list={list}
        formatters={formatters}
        chip={view.chip}
        className={styles.export}
      />
      {releaseKit.failed && asked && <ReloadNotice message={i18n.t('pageUpdated')} />}
      <ListNotices list={list} onRetry={() => loader.refresh()} />
      {/* A first load that failed has no rows to head or page through: the failure says it all. */}
      {(list.page !== null || list.error === null) && (
        <>
          <SessionsTable
            rows={rows}
            columns={columns}
            sort={view.sort}
            onSort={(column) => setView({ ...view, sort: nextSort(view.sort, column), page: 0 })}
            context={context}
            onRelease={onRelease}
            host={host}
            stale={list.error !== null && list.page !== null}
            busy={list.loading}
            choice={choice}
            onIntent={onIntent}
            changed={list.changed}
            placeholder={
              <ListPlaceholder list={list} chip={view.chip} search={view.q} onClearSearch={clearSearch} />
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
        </>
      )}
      {/* Below the rows and the pager: arriving after them, it moves none of them. */}
      {AgentsPanel && (
        <AgentsPanel
          {...{ services, view, query, list, selection, clock, formatters, stuckAfterMinutes }}
          onChoose={onChooseAgent}
        />
      )}
      {/* What comes and goes while the rows are worked on stays below them, in view: no row moves. */}
      <div className={styles.dock} data-testid="page-dock">
        <Announcements told={told} host={host} />
        {kit && (
          <kit.BulkArea
            {...{ services, loader, list, query, selection, formatters }}
            fallbackFocus={() => headingRef.current}
            isStuckNow={isStuckNow}
            onStart={() => setTold(null)}
            otherAction={singleOpened}
          />
        )}
        <ListChanges list={list} dropped={dropped} onShow={() => loader.showWaiting()} />
      </div>
      {kit && (
        <kit.SingleRelease
          {...{ services, loader, formatters }}
          row={release.row}
          onTold={setTold}
          onClose={release.close}
          isStuckNow={isStuckNow}
        />
      )}
    </section>
  );
}
