// Which columns the table shows, remembered in this browser.
import { useState } from 'react';
import { COLUMN_IDS, type ColumnId, DEFAULT_COLUMNS } from '../list/view';

const COLUMNS_KEY = 'active-sessions:columns:v1';

function readColumns(): ColumnId[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(COLUMNS_KEY) ?? 'null');
    if (Array.isArray(stored)) {
      const columns = COLUMN_IDS.filter((id) => stored.includes(id));
      if (columns.length > 0) return columns;
    }
  } catch {
    // Storage may be blocked or hold something else: the defaults are the answer then.
  }
  return [...DEFAULT_COLUMNS];
}

/** The visible columns, remembered in this browser. */
export function useVisibleColumns(): [ColumnId[], (next: ColumnId[]) => void] {
  const [columns, setColumns] = useState(readColumns);
  const update = (next: ColumnId[]) => {
    const ordered = COLUMN_IDS.filter((id) => next.includes(id));
    setColumns(ordered);
    try {
      window.localStorage.setItem(COLUMNS_KEY, JSON.stringify(ordered));
    } catch {
      // Not remembered, but still applied for this visit.
    }
  };
  return [columns, update];
}
