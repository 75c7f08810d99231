// Retainers that keep running over: at least 2 of their last 3 periods with overage (work)
// or above fair use (access). Time to talk about the fee or the scope.
import { Link } from 'react-router';
import { Badge } from '../../components/StatusChip.tsx';
import type { DataColumn } from './DataTable.tsx';
import { TableCard } from './TableCard.tsx';
import type { NamedAgreement } from './useRevenue.ts';

interface Row {
  agreementId: string;
  agreement: NamedAgreement | undefined;
  clientName: string | undefined;
}

const KIND: Record<string, string> = { work: 'Pay for work', access: 'Pay for access', value: 'Value-based', project: 'Project' };

const COLUMNS: DataColumn<Row>[] = [
  {
    id: 'agreement',
    header: 'Agreement',
    sortValue: (r) => r.agreement?.title ?? r.agreementId,
    csv: (r) => r.agreement?.title ?? r.agreementId,
    cell: (r) => (
      <Link to={`/agreements/${encodeURIComponent(r.agreementId)}`} data-private>
        {r.agreement?.title ?? 'Open agreement'}
      </Link>
    ),
  },
  {
    id: 'client',
    header: 'Client',
    sortValue: (r) => r.clientName ?? '',
    csv: (r) => r.clientName ?? '',
    cell: (r) => <span data-private>{r.clientName ?? '—'}</span>,
  },
  { id: 'kind', header: 'Kind', csv: (r) => r.agreement?.kind ?? '', cell: (r) => <Badge>{KIND[r.agreement?.kind ?? ''] ?? '—'}</Badge> },
];

export interface OverServicingCardProps {
  overServicing: readonly { agreementId: string }[];
  /** The over-serviced agreements' titles and clients, by id. */
  agreements: Readonly<Record<string, NamedAgreement>>;
  names: ReadonlyMap<string, string>;
  asOf: string;
}

export function OverServicingCard({ overServicing, agreements, names, asOf }: OverServicingCardProps) {
  const rows = overServicing.map((o): Row => {
    const agreement = agreements[o.agreementId];
    return { agreementId: o.agreementId, agreement, clientName: agreement && names.get(agreement.clientId) };
  });
  return (
    <TableCard
      title="Over-servicing"
      intro="Over the allowance (or fair use) in at least 2 of the last 3 periods."
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.agreementId}
      fileName={`over-servicing-${asOf}`}
      empty={<p className="muted">No retainer is running over its allowance.</p>}
    />
  );
}
