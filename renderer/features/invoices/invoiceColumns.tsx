// What the invoices table shows per row, the sort each header asks for, and the CSV.
import { Download, Send } from 'lucide-react';
import { Link } from 'react-router';
import type { CsvCell } from '../../../src/domain/csv.ts';
import { isOpen } from '../../../src/domain/invoices.ts';
import { moneyText } from '../../../src/domain/money-text.ts';
import { Button } from '../../components/Button.tsx';
import { IconButton } from '../../components/IconButton.tsx';
import { Money } from '../../components/Money.tsx';
import { Badge, StatusChip } from '../../components/StatusChip.tsx';
import type { Column } from '../../components/Table.tsx';
import { formatDate } from '../../lib/format.ts';
import { type InvoiceRow, invoicePath } from './labels.ts';
import { downloadInvoicePdf } from './pdf.ts';

export type InvoiceSort = 'number' | 'client' | 'issueDate' | 'dueDate' | 'total' | 'balance';

const SORT_VALUE: Record<InvoiceSort, (row: InvoiceRow) => string | number> = {
  number: (row) => row.number,
  client: (row) => row.clientName.toLocaleLowerCase(),
  issueDate: (row) => `${row.issueDate} ${row.number}`,
  dueDate: (row) => `${row.dueDate} ${row.number}`,
  // Amounts compare within a currency first: sums across currencies mean nothing.
  total: (row) => row.totalMinor,
  balance: (row) => row.balanceMinor,
};

export function sortInvoices(rows: readonly InvoiceRow[], key: InvoiceSort, direction: 'asc' | 'desc'): InvoiceRow[] {
  const value = SORT_VALUE[key];
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const byValue = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return sign * (byValue || a.number.localeCompare(b.number));
  });
}

export function StatusCell({ row }: { row: Pick<InvoiceRow, 'status' | 'overdue'> }) {
  return (
    // Overdue says open as well; one chip keeps the column narrow.
    <span className="invoice-status">{row.overdue ? <Badge tone="danger">Overdue</Badge> : <StatusChip status={row.status} />}</span>
  );
}

export function invoiceColumns(onIssue: (row: InvoiceRow) => void): Column<InvoiceRow>[] {
  return [
    {
      id: 'number',
      header: 'Number',
      sortKey: 'number',
      width: '148px',
      cell: (row) => (
        <Link to={invoicePath(row.id)} className="table__primary-link num-left" tabIndex={-1}>
          {row.number}
        </Link>
      ),
    },
    { id: 'client', header: 'Client', sortKey: 'client', cell: (row) => <span data-private>{row.clientName}</span> },
    { id: 'issueDate', header: 'Issued', sortKey: 'issueDate', width: '108px', cell: (row) => formatDate(row.issueDate) },
    { id: 'dueDate', header: 'Due', sortKey: 'dueDate', width: '108px', cell: (row) => formatDate(row.dueDate) },
    { id: 'status', header: 'Status', width: '148px', cell: (row) => <StatusCell row={row} /> },
    {
      id: 'total',
      header: 'Total',
      sortKey: 'total',
      align: 'end',
      width: '116px',
      cell: (row) => <Money amountMinor={row.totalMinor} currency={row.currency} />,
    },
    {
      id: 'balance',
      header: 'Balance',
      sortKey: 'balance',
      align: 'end',
      width: '116px',
      // A balance shows only where something is owed: on an open invoice.
      cell: (row) => (isOpen(row) ? <Money amountMinor={row.balanceMinor} currency={row.currency} /> : <span className="muted">—</span>),
    },
    {
      id: 'actions',
      header: 'Actions',
      align: 'end',
      width: '136px',
      cell: (row) => (
        <span className="row-actions">
          {row.status === 'draft' && (
            <Button size="sm" icon={<Send size={12} />} tabIndex={-1} aria-label={`Issue ${row.number}`} onClick={() => onIssue(row)}>
              Issue
            </Button>
          )}
          <IconButton
            size="sm"
            icon={<Download size={14} />}
            label={`Download ${row.number} as PDF`}
            tabIndex={-1}
            onClick={() => void downloadInvoicePdf(row.id)}
          />
        </span>
      ),
    },
  ];
}

export function invoiceCsv(rows: readonly InvoiceRow[]): CsvCell[][] {
  return [
    ['Number', 'Client', 'Issue date', 'Due date', 'Status', 'Overdue', 'Currency', 'Total', 'Paid', 'Balance'],
    ...rows.map((row) => [
      row.number,
      row.clientName,
      row.issueDate,
      row.dueDate,
      row.status,
      row.overdue ? 'yes' : 'no',
      row.currency,
      moneyText(row.totalMinor, row.currency),
      moneyText(row.paidMinor, row.currency),
      moneyText(row.balanceMinor, row.currency),
    ]),
  ];
}
