// The controls above the table: chips, the agent filter, search, columns, refresh; under them the
// narrower filters (states, channel, reset).
import type { RefObject } from 'react';
import type { ListSnapshot, SessionListLoader } from '../list/list-loader';
import { type ColumnId, type View, withChip } from '../list/view';
import type { Formatters } from '../session/format';
import { AgentFilter } from './AgentFilter';
import { ColumnChooser } from './ColumnChooser';
import type { NarrowFilters as Filters } from './NarrowFilters';
import styles from './page.module.css';
import { RefreshControls } from './RefreshControls';
import { SearchBox } from './SearchBox';
import { StateChips } from './StateChips';

export function Toolbar(props: {
  view: View;
  setView: (next: View) => void;
  list: ListSnapshot;
  loader: SessionListLoader;
  formatters: Formatters;
  columns: readonly ColumnId[];
  setColumns: (columns: ColumnId[]) => void;
  /** The name of the agent the list is filtered by. */
  agentName: string;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The narrower filters, once their code has come after the first rows. */
  NarrowFilters?: typeof Filters | undefined;
}) {
  const {
    view,
    setView,
    list,
    loader,
    formatters,
    columns,
    setColumns,
    agentName,
    searchRef,
    NarrowFilters,
  } = props;
  return (
    <>
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
      {/* A line of their own: whatever the view, they move none of the controls above. */}
      {/* Until their code comes, their line is kept (one line high), so the rows do not move when it does. */}
      {NarrowFilters ? (
        <NarrowFilters
          view={view}
          setView={setView}
          counts={list.page?.counts ?? null}
          formatters={formatters}
        />
      ) : (
        <div className={styles.filters} />
      )}
    </>
  );
}
