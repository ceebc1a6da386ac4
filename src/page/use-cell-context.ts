// What every cell is given, on the page's clock, which is set to the server's time once per answer.
import { useEffect, useMemo } from 'react';
import type { NamedRef } from '../contract/dispatcher-api';
import type { I18n } from '../i18n/translate';
import type { ListSnapshot } from '../list/list-loader';
import type { ColumnId } from '../list/view';
import { tickIntervalMs } from '../session/display';
import type { Formatters } from '../session/format';
import type { Clock } from '../table/clock';
import type { CellContext } from '../table/columns';

export function useCellContext(
  clock: Clock,
  page: ListSnapshot['page'],
  columns: readonly ColumnId[],
  formatters: Formatters,
  i18n: I18n,
  stuckAfterMinutes: number,
  onAgent: (agent: NamedRef) => void,
): CellContext {
  // Once per answer: the server's clock and how often the rows' durations need a tick.
  useEffect(() => {
    clock.setOffset(page?.clockOffsetMs ?? 0);
    clock.setInterval(tickIntervalMs(page?.rows ?? [], clock.now()));
  }, [clock, page]);
  return useMemo(
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
}
