// Retainers that keep running over: at least 2 of their last 3 periods with overage (work)
// or above fair use (access). Time to talk about the fee or the scope.
import { Link } from 'react-router';
import { Badge } from '../../components/StatusChip.tsx';
import type { DataColumn } from './DataTable.tsx';
import { TableCard } from './TableCard.tsx';
import type { AgreementRow } from './useRevenue.ts';

interface Row {
  agreementId: string;
  agreement: AgreementRow | undefined;
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
  { id: 'client', header: 'Client', sortValue: (r) => r.agreement?.clientName ?? '', csv: (r) => r.agreement?.clientName ?? '', cell: (r) => <span data-private>{r.agreement?.clientName ?? '—'}</span> },
  { id: 'kind', header: 'Kind', csv: (r) => r.agreement?.kind ?? '', cell: (r) => <Badge>{KIND[r.agreement?.kind ?? ''] ?? '—'}</Badge> },
];

export function OverServicingCard({ overServicing, agreements, asOf }: { overServicing: readonly { agreementId: string }[]; agreements: readonly AgreementRow[]; asOf: string }) {
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const rows = overServicing.map((o) => ({ agreementId: o.agreementId, agreement: byId.get(o.agreementId) }));
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
