// A short table inside a page (tens of rows, not thousands): a real <table> with a caption,
// optional sorting by header buttons (aria-sort), and its rows exportable to CSV.
import clsx from 'clsx';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { type ReactNode, useMemo, useState } from 'react';
import type { CsvCell } from '../../../src/domain/csv.ts';

export interface DataColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** The value sorted by; the column is not sortable without it. */
  sortValue?: (row: Row) => string | number | null;
  /** The CSV value; a column without it (an action) is left out of the export. */
  csv?: (row: Row) => CsvCell;
  /** The CSV header when it should say more than the screen does (a unit). */
  csvHeader?: string;
}

export interface TableSortState {
  id: string;
  direction: 'asc' | 'desc';
}

export interface DataTableProps<Row> {
  caption: string;
  /** Show the caption (otherwise it is for screen readers; a card title already says it). */
  showCaption?: boolean;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The sort shown (rows arrive already sorted: see useSortedRows). */
  sort?: TableSortState | null;
  onSortChange?: (id: string) => void;
  /** A last row (totals), kept below the sorted rows. */
  footer?: ReactNode;
  className?: string;
}

function compare(a: string | number | null, b: string | number | null): number {
  // Missing values sort last either way round.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

export function sortRows<Row>(rows: readonly Row[], columns: readonly DataColumn<Row>[], sort: TableSortState | null): Row[] {
  const column = sort && columns.find((c) => c.id === sort.id);
  if (!sort || !column?.sortValue) return [...rows];
  const value = column.sortValue;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return compare(va, vb);
    return sign * compare(va, vb);
  });
}

/** Header row then one row per table row, in the order shown. */
export function csvRows<Row>(columns: readonly DataColumn<Row>[], rows: readonly Row[]): CsvCell[][] {
  const exported = columns.filter((c) => c.csv);
  return [exported.map((c) => c.csvHeader ?? c.header), ...rows.map((row) => exported.map((c) => c.csv!(row)))];
}

export function useSortedRows<Row>(rows: readonly Row[], columns: readonly DataColumn<Row>[], initialSort?: TableSortState) {
  const [sort, setSort] = useState<TableSortState | null>(initialSort ?? null);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const toggle = (id: string) =>
    setSort((current) =>
      current?.id === id
        ? { id, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { id, direction: columns.find((c) => c.id === id)?.align === 'end' ? 'desc' : 'asc' },
    );
  return { sorted, sort, toggle };
}

export function DataTable<Row>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  sort = null,
  onSortChange,
  footer,
  className,
}: DataTableProps<Row>) {
  return (
    <div className={clsx('plain-table-wrap', className)}>
      <table className="table table--plain">
        <caption className={showCaption ? 'data-table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.id === column.id;
              const sortable = Boolean(column.sortValue && onSortChange);
              const ariaSort = !sortable ? undefined : active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : 'none';
              const Icon = !active ? ChevronsUpDown : sort!.direction === 'asc' ? ArrowUp : ArrowDown;
              return (
                <th key={column.id} scope="col" className={clsx(column.align === 'end' && 'num')} aria-sort={ariaSort}>
                  {sortable ? (
                    <button
                      type="button"
                      className={clsx('table__sort', active && 'table__sort--active')}
                      onClick={() => onSortChange!(column.id)}
                    >
                      {column.header}
                      <Icon size={12} aria-hidden="true" />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.id} className={clsx(column.align === 'end' && 'num')}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
