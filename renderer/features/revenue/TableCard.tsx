// A card holding one table: its title, a CSV export of all its rows in the order shown, and
// what to say when there are none. A long table shows its first rows (sorted by what the
// coach chose), the rest a click away: a large practice has hundreds of candidates, and a
// page of a thousand rows took most of the dashboard's first render.
import type { ReactNode } from 'react';
import { Card } from '../../components/Card.tsx';
import { useFirst } from '../../components/useFirst.tsx';
import { CsvButton } from './CsvButton.tsx';
import { csvRows, type DataColumn, DataTable, type TableSortState, useSortedRows } from './DataTable.tsx';

export interface TableCardProps<Row> {
  title: string;
  /** Names the table for screen readers (defaults to the title). */
  caption?: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  fileName: string;
  initialSort?: TableSortState;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** Text under the title: what the figures mean. */
  intro?: ReactNode;
  className?: string;
}

const SHOWN = 10;

export function TableCard<Row>({
  title,
  caption,
  columns,
  rows,
  rowKey,
  fileName,
  initialSort,
  empty,
  intro,
  className,
}: TableCardProps<Row>) {
  const { sorted, sort, toggle } = useSortedRows(rows, columns, initialSort);
  const { shown, more } = useFirst(sorted, SHOWN, title.toLowerCase());
  return (
    <Card
      title={title}
      className={className}
      aside={rows.length > 0 && <CsvButton fileName={fileName} what={title.toLowerCase()} rows={() => csvRows(columns, sorted)} />}
    >
      {intro && <div className="revenue-intro muted">{intro}</div>}
      {rows.length === 0 ? (
        empty
      ) : (
        <>
          <DataTable caption={caption ?? title} columns={columns} rows={shown} rowKey={rowKey} sort={sort} onSortChange={toggle} />
          {more}
        </>
      )}
    </Card>
  );
}
