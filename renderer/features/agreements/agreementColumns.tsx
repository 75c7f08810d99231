// What the agreements table shows per row.
import { Link } from 'react-router';
import { Money } from '../../components/Money.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import type { Column } from '../../components/Table.tsx';
import { formatDate } from '../../lib/format.ts';
import { agreementPath, kindLabel, perPeriod } from './labels.ts';
import type { AgreementRow } from './types.ts';

function Fee({ row }: { row: AgreementRow }) {
  if (row.kind === 'project') return <span className="muted">Hourly</span>;
  return (
    <span>
      <Money amountMinor={row.feeMinor} currency={row.currency} />
      {row.kind !== 'value' && <span className="muted"> / {perPeriod(row.periodMonths)}</span>}
    </span>
  );
}

/** The date that matters next: a cancellation's end, the notice deadline before renewal, the term's end. */
function Outlook({ row }: { row: AgreementRow }) {
  if (row.cancellation && row.displayStatus === 'active') return <span>Ends {formatDate(row.cancellation.effectiveDate)}</span>;
  const outlook = row.outlook;
  if (!outlook) return <span className="muted">—</span>;
  if (outlook.noticeDeadline && outlook.termEnd) {
    return (
      <span className="outlook-cell">
        <span>Notice by {formatDate(outlook.noticeDeadline)}</span>
        <span className="muted">
          {outlook.renews ? 'renews' : 'ends'} {formatDate(outlook.termEnd)}
        </span>
      </span>
    );
  }
  return <span className="muted">Open-ended</span>;
}

export function agreementColumns(): Column<AgreementRow>[] {
  return [
    {
      id: 'title',
      header: 'Agreement',
      sortKey: 'title',
      width: '24%',
      cell: (row) => (
        <Link to={agreementPath(row.id)} className="table__primary-link" tabIndex={-1} data-private>
          {row.title}
        </Link>
      ),
    },
    { id: 'client', header: 'Client', sortKey: 'client', width: '18%', cell: (row) => <span data-private>{row.clientName}</span> },
    { id: 'kind', header: 'Kind', sortKey: 'kind', width: '120px', cell: (row) => kindLabel(row.kind) },
    { id: 'status', header: 'Status', sortKey: 'status', width: '112px', cell: (row) => <StatusChip status={row.displayStatus} /> },
    { id: 'fee', header: 'Fee', align: 'end', width: '150px', cell: (row) => <Fee row={row} /> },
    { id: 'start', header: 'Start', sortKey: 'start', align: 'end', width: '116px', cell: (row) => formatDate(row.startDate) },
    { id: 'outlook', header: 'Notice / renewal', sortKey: 'notice', width: '190px', cell: (row) => <Outlook row={row} /> },
  ];
}

const STATUS_ORDER = ['sent', 'draft', 'active', 'ended', 'cancelled'];

/** Sorting rows the core already answered, for display only. */
export function sortRows(rows: readonly AgreementRow[], key: string, direction: 'asc' | 'desc'): AgreementRow[] {
  const text = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  const compare: Record<string, (a: AgreementRow, b: AgreementRow) => number> = {
    title: (a, b) => text(a.title, b.title),
    client: (a, b) => text(a.clientName, b.clientName) || text(a.title, b.title),
    kind: (a, b) => text(kindLabel(a.kind), kindLabel(b.kind)),
    status: (a, b) => STATUS_ORDER.indexOf(a.displayStatus) - STATUS_ORDER.indexOf(b.displayStatus),
    start: (a, b) => a.startDate.localeCompare(b.startDate),
    // Rows without a deadline go last either way.
    notice: (a, b) => (a.outlook?.noticeDeadline ?? '9999').localeCompare(b.outlook?.noticeDeadline ?? '9999'),
  };
  const by = compare[key] ?? compare.client!;
  const sorted = [...rows].sort(by);
  return direction === 'desc' ? sorted.reverse() : sorted;
}
