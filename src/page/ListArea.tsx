// The list itself: the sessions' table and its pager wired to the view, apart so the page reads as its parts.
import type { RefObject } from 'react';
import type { ListSnapshot, SessionListLoader } from '../list/list-loader';
import { nextSort, type View } from '../list/view';
import type { Formatters } from '../session/format';
import { SessionsTable } from '../table/SessionsTable';
import type { TableProps } from '../table/table-props';
import { ListPlaceholder } from './ListNotices';
import { Pager } from './Pager';

type TablePart = Pick<
  TableProps,
  'rows' | 'columns' | 'context' | 'onRelease' | 'host' | 'choice' | 'onIntent'
>;

export function ListArea(
  props: TablePart & {
    view: View;
    setView: (next: View) => void;
    list: ListSnapshot;
    loader: SessionListLoader;
    formatters: Formatters;
    /** The search box: focused again when the search is cleared from the empty list. */
    searchRef: RefObject<HTMLInputElement | null>;
  },
) {
  const { view, setView, list, loader, formatters, searchRef, ...table } = props;
  // A first load that failed has no rows to head or page through: the failure says it all.
  if (list.page === null && list.error !== null) return null;
  const clearSearch = () => {
    setView({ ...view, q: '', page: 0 });
    searchRef.current?.focus();
  };
  return (
    <>
      <SessionsTable
        {...table}
        sort={view.sort}
        onSort={(column) => setView({ ...view, sort: nextSort(view.sort, column), page: 0 })}
        stale={list.error !== null && list.page !== null}
        busy={list.loading}
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
  );
}
