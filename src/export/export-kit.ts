// The code of exporting: a chunk of its own, fetched when an administrator first presses an Export
// button, never with the page's first rows.
import type { SessionsApi } from '../dispatcher/api';
import type { I18n } from '../i18n/translate';
import type { ListSnapshot } from '../list/list-loader';
import { type ListQuery, resolveListQuery } from '../list/query';
import type { Chip } from '../list/view';
import type { Formatters } from '../session/format';
import { type OutcomeLine, outcomeColumns, sessionColumns } from './columns';
import { csvBlob, csvHeader, csvRecords } from './csv';
import { download, fileName } from './download';
import { ViewExport } from './view-export';

export { ExportStatus } from './ExportStatus';

/** The view to export, as the page has it when the code is here. */
export interface ExportedView {
  api: SessionsApi;
  /** The query of the list on the page; the export asks for every page of it. */
  query: ListQuery;
  /** The list, for the dispatcher's clock (a query relative to now: the Stuck view). */
  list: ListSnapshot;
  formatters: Formatters;
  /** The view's chip, for the file's name. */
  chip: Chip;
}

/**
 * Starts exporting the view; the file is downloaded when every page is in, through a link put in
 * `parent` (the module's own element) for its click.
 */
export function startViewExport(
  view: ExportedView,
  i18n: I18n,
  parent: HTMLElement,
): { run: ViewExport; file: string } {
  const nowMs = Date.now();
  const file = fileName(`active-sessions-${view.chip}`, nowMs);
  // The instants of the query are fixed once, so every page is of the same view.
  const {
    cursor: _cursor,
    limit: _limit,
    ...query
  } = resolveListQuery(view.query, nowMs + (view.list.page?.clockOffsetMs ?? 0));
  const run = new ViewExport({
    api: view.api,
    query,
    columns: sessionColumns(i18n, view.formatters),
    onFile: (blob) => download(blob, file, parent),
  });
  void run.start();
  return { run, file };
}

/** Downloads what became of each session of a bulk release (it is all on the page: no request). */
export function downloadOutcome(
  lines: readonly OutcomeLine[],
  i18n: I18n,
  formatters: Formatters,
  parent: HTMLElement,
): void {
  const columns = outcomeColumns(i18n, formatters);
  const blob = csvBlob(csvHeader(columns), [csvRecords(columns, lines)]);
  download(blob, fileName('bulk-release-outcome', Date.now()), parent);
}
