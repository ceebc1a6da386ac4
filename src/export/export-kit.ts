// The code of exporting: a chunk of its own, fetched when an administrator first presses an Export
// button, never with the page's first rows.
import type { SessionsApi } from '../dispatcher/api';
import type { I18n } from '../i18n/translate';
import { type ListQuery, resolveListQuery } from '../list/query';
import type { Chip } from '../list/view';
import type { Formatters } from '../session/format';
import { type OutcomeLine, outcomeColumns, sessionColumns } from './columns';
import { csvBlob, csvHeader, csvRecords } from './csv';
import { download, fileName } from './download';
import { ViewExport } from './view-export';

export { ExportStatus } from './ExportStatus';

export interface ViewExportRequest {
  api: SessionsApi;
  /** The query of the list on the page; the export asks for every page of it. */
  query: ListQuery;
  /** The dispatcher's clock now, for a query relative to now (the Stuck view). */
  serverNowMs: number;
  /** The view's chip, for the file's name. */
  chip: Chip;
  i18n: I18n;
  formatters: Formatters;
  /** Where the download's link is put for its click: the module's own element. */
  parent: HTMLElement;
}

/** Starts exporting the view; the file is downloaded when every page is in. */
export function startViewExport(request: ViewExportRequest): { run: ViewExport; file: string } {
  const file = fileName(`active-sessions-${request.chip}`, Date.now());
  // The instants of the query are fixed once, so every page is of the same view.
  const { cursor: _cursor, limit: _limit, ...query } = resolveListQuery(request.query, request.serverNowMs);
  const run = new ViewExport({
    api: request.api,
    query,
    columns: sessionColumns(request.i18n, request.formatters),
    onFile: (blob) => download(blob, file, request.parent),
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
