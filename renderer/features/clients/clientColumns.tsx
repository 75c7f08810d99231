// What the clients table shows per row, and which sort each header asks the core for.
import { Link } from 'react-router';
import { Money } from '../../components/Money.tsx';
import { Badge, StatusChip } from '../../components/StatusChip.tsx';
import type { Column } from '../../components/Table.tsx';
import { formatInstantDate } from '../../lib/format.ts';
import type { ClientRow } from '../../stores/clients.ts';

export const AGREEMENT_KIND_LABELS: Record<string, string> = {
  work: 'Sessions',
  access: 'Retainer',
  value: 'Value-based',
  project: 'Project',
};

export function clientColumns(coachTimeZone: string): Column<ClientRow>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      sortKey: 'name',
      width: '24%',
      cell: (row) => (
        <Link to={`/clients/${encodeURIComponent(row.id)}`} className="table__primary-link" tabIndex={-1} data-private>
          {row.name}
        </Link>
      ),
    },
    {
      id: 'company',
      header: 'Company',
      sortKey: 'company',
      width: '18%',
      cell: (row) => (row.company ? <span data-private>{row.company}</span> : <span className="muted">—</span>),
    },
    { id: 'status', header: 'Status', sortKey: 'status', width: '112px', cell: (row) => <StatusChip status={row.status} /> },
    {
      id: 'agreement',
      header: 'Agreement',
      cell: (row) =>
        row.agreement ? (
          <span className="agreement-cell">
            <span className="agreement-cell__title" data-private>
              {row.agreement.title}
            </span>
            <Badge>{AGREEMENT_KIND_LABELS[row.agreement.kind] ?? row.agreement.kind}</Badge>
            {row.agreement.status === 'sent' && <Badge tone="warning">Proposal</Badge>}
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      id: 'balance',
      header: 'Balance',
      align: 'end',
      width: '128px',
      cell: (row) =>
        row.balances.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span className="balance-cell">
            {row.balances.map((balance) => (
              <Money key={balance.currency} amountMinor={balance.amountMinor} currency={balance.currency} />
            ))}
          </span>
        ),
    },
    {
      id: 'lastSession',
      header: 'Last session',
      sortKey: 'lastSession',
      align: 'end',
      width: '128px',
      cell: (row) => (row.lastSessionAt ? formatInstantDate(row.lastSessionAt, coachTimeZone) : <span className="muted">None yet</span>),
    },
  ];
}
