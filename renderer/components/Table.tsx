// A data table that stays smooth at thousands of rows: only the rows in view (plus a
// margin) are in the DOM, with spacer rows keeping the scroll height honest. It stays a
// real <table> (aria-rowcount/aria-rowindex tell screen readers where they are), headers
// sort with aria-sort, and rows are one Tab stop moved with the arrow keys.
import { useVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';

export interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** A CSS width for the column (the table lays out fixed, so rows never jump). */
  width?: string;
  /** The sort this column's header asks for; unsortable without one. */
  sortKey?: string;
}

export interface TableSort {
  key: string;
  direction: 'asc' | 'desc';
}

export interface TableProps<Row> {
  label: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  sort?: TableSort;
  onSortChange?: (key: string) => void;
  onOpen?: (row: Row) => void;
  rowHeight?: number;
  empty?: ReactNode;
}

const HEADER_HEIGHT = 34;
const PAGE_ROWS = 10;

/** The row a navigation key moves to from `activeIndex` (moveTo keeps it in range), or null for any other key. */
function rowForKey(key: string, activeIndex: number, rowCount: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return activeIndex + 1;
    case 'ArrowUp':
      return activeIndex - 1;
    case 'PageDown':
      return activeIndex + PAGE_ROWS;
    case 'PageUp':
      return activeIndex - PAGE_ROWS;
    case 'Home':
      return 0;
    case 'End':
      return rowCount - 1;
    default:
      return null;
  }
}

export function Table<Row>({ label, rows, columns, rowKey, sort, onSortChange, onOpen, rowHeight = 38, empty }: TableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusRequest, setFocusRequest] = useState<number | null>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // A new filter can leave the active row past the end.
  useEffect(() => {
    if (activeIndex > rows.length - 1) setActiveIndex(Math.max(0, rows.length - 1));
  }, [rows.length, activeIndex]);

  // Focus moves after the virtualizer has rendered the row it scrolled to.
  useEffect(() => {
    if (focusRequest === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${focusRequest}"]`);
    if (row) {
      row.focus();
      setFocusRequest(null);
    }
  });

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), rows.length - 1);
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusRequest(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.metaKey || event.ctrlKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const row = rows[activeIndex];
      if (row && onOpen) onOpen(row);
      return;
    }
    const target = rowForKey(event.key, activeIndex, rows.length);
    if (target !== null) {
      event.preventDefault();
      moveTo(target);
    }
  };

  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="table" aria-label={label} aria-rowcount={rows.length + 1}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} onSortChange={onSortChange} />
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {paddingTop > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row is never focusable (no tabIndex, no content); it only keeps the scroll height and is hidden from assistive technology.
            <tr aria-hidden="true" className="table__spacer">
              <td colSpan={columns.length} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={rowKey(row)}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === activeIndex ? 0 : -1}
                className={clsx('table__row', onOpen && 'table__row--link')}
                style={{ height: rowHeight }}
                onFocus={() => setActiveIndex(item.index)}
                onClick={(event) => {
                  // A click on a link or button inside the row does its own thing.
                  if ((event.target as HTMLElement).closest('a, button')) return;
                  onOpen?.(row);
                }}
              >
                {columns.map((column) => (
                  <td key={column.id} className={clsx(column.align === 'end' && 'num')}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row, as above.
            <tr aria-hidden="true" className="table__spacer">
              <td colSpan={columns.length} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && empty}
    </div>
  );
}

function HeaderCell<Row>({
  column,
  sort,
  onSortChange,
}: {
  column: Column<Row>;
  sort: TableSort | undefined;
  onSortChange: ((key: string) => void) | undefined;
}) {
  const className = clsx(column.align === 'end' && 'num');
  if (!column.sortKey || !onSortChange) {
    return (
      <th scope="col" className={className}>
        {column.header}
      </th>
    );
  }
  const active = sort?.key === column.sortKey;
  const ariaSort = active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const Icon = !active ? ChevronsUpDown : sort!.direction === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className={clsx('table__sort', active && 'table__sort--active')} onClick={() => onSortChange(column.sortKey!)}>
        {column.header}
        <Icon size={12} aria-hidden="true" />
      </button>
    </th>
  );
}
