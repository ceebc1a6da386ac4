// The Active Sessions page: every session that has not ended, and Release for those stuck with an
// agent. Composition only: each part is a component or hook of its own.
import { useCallback, useMemo, useRef } from 'react';
import { ExportView } from '../export/ExportView';
import { useI18n } from '../i18n/context';
import type { SessionRow } from '../session/row';
import { isStuck } from '../session/rules';
import { createFormatters } from '../session/format';
import { useClockStore } from '../table/clock';
import { useVisibleColumns } from '../table/visible-columns';
import { hostNavigation } from '../ui/host-link';
import { ReloadNotice } from '../ui/ReloadNotice';
import { useAfterRows } from './after-rows-loader';
import { ListArea } from './ListArea';
import { Announcements } from './Announcements';
import { ListChanges } from './ListChanges';
import { ListNotices } from './ListNotices';
import { PageHeader } from './PageHeader';
import type { ActiveSessionsPageProps } from './page-props';
import styles from './page.module.css';
import { Toolbar } from './Toolbar';
import { useAgentFilter } from './use-agent-filter';
import { useCalmChanges } from './use-calm-changes';
import { useCellContext } from './use-cell-context';
import { usePageList } from './use-page-list';
import { useReleaseFlow } from './use-release-flow';
import { useRowChoice, useViewSelection } from './use-row-choice';

export type { ActiveSessionsPageProps } from './page-props';

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
  const selection = useViewSelection(view);
  const flow = useReleaseFlow(headingRef, selection.chosen.size > 0, i18n.language);
  const { kit, retry: retryKit } = flow.kit;
  const { onAgent, onChooseAgent, agentName } = useAgentFilter(view, setView, rows);
  const afterRows = useAfterRows(list.page !== null);
  const AgentsPanel = afterRows?.AgentsPanel;
  useCalmChanges(loader, pageRef, selection.chosen.size);
  const { dropped, choice } = useRowChoice(selection, list, loader, retryKit);
  const clock = useClockStore();
  const context = useCellContext(clock, list.page, columns, formatters, i18n, stuckAfterMinutes, onAgent);
  const isStuckNow = useCallback(
    (row: SessionRow) => isStuck(row, clock.now(), stuckAfterMinutes),
    [clock, stuckAfterMinutes],
  );

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
        NarrowFilters={afterRows?.NarrowFilters}
      />
      <ExportView
        api={services.api}
        query={query}
        list={list}
        formatters={formatters}
        chip={view.chip}
        className={styles.export}
      />
      {flow.kit.failed && flow.asked && <ReloadNotice message={i18n.t('pageUpdated')} />}
      <ListNotices list={list} onRetry={() => loader.refresh()} />
      <ListArea
        {...{ view, setView, list, loader, formatters, searchRef, rows, columns, host, choice, context }}
        onRelease={flow.onRelease}
        onIntent={flow.onIntent}
      />
      {/* Below the rows and the pager: arriving after them, it moves none of them. */}
      {AgentsPanel && (
        <AgentsPanel
          {...{ services, view, query, list, selection, clock, formatters, stuckAfterMinutes }}
          onChoose={onChooseAgent}
        />
      )}
      {/* What comes and goes while the rows are worked on stays below them, in view: no row moves. */}
      <div className={styles.dock} data-testid="page-dock">
        <Announcements told={flow.told} host={host} />
        {kit && (
          <kit.BulkArea
            {...{ services, loader, list, query, selection, formatters }}
            fallbackFocus={() => headingRef.current}
            isStuckNow={isStuckNow}
            onStart={() => flow.setTold(null)}
            otherAction={flow.singleOpened}
          />
        )}
        <ListChanges list={list} dropped={dropped} onShow={() => loader.showWaiting()} />
      </div>
      {kit && (
        <kit.SingleRelease
          {...{ services, loader, formatters }}
          row={flow.release.row}
          onTold={flow.setTold}
          onClose={flow.release.close}
          isStuckNow={isStuckNow}
        />
      )}
    </section>
  );
}
