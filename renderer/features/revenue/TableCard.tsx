// A card holding one short table: its title, a CSV export of the rows in the order shown,
// and what to say when there are none.
import type { ReactNode } from 'react';
import { Card } from '../../components/Card.tsx';
import { CsvButton } from './CsvButton.tsx';
import { csvRows, DataTable, useSortedRows, type DataColumn, type TableSortState } from './DataTable.tsx';

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

export function TableCard<Row>({ title, caption, columns, rows, rowKey, fileName, initialSort, empty, intro, className }: TableCardProps<Row>) {
  const { sorted, sort, toggle } = useSortedRows(rows, columns, initialSort);
  return (
    <Card title={title} className={className} aside={rows.length > 0 && <CsvButton fileName={fileName} what={title.toLowerCase()} rows={() => csvRows(columns, sorted)} />}>
      {intro && <div className="revenue-intro muted">{intro}</div>}
      {rows.length === 0 ? (
        empty
      ) : (
        <DataTable caption={caption ?? title} columns={columns} rows={sorted} rowKey={rowKey} sort={sort} onSortChange={toggle} />
      )}
    </Card>
  );
}
