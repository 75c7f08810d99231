// Clients billed by the hour often enough to move to a retainer, with the fee and minutes
// their history suggests; "Draft a retainer" opens the agreement editor pre-filled.
import { FilePlus2 } from 'lucide-react';
import { Link } from 'react-router';
import { moneyText } from '../../../src/domain/money-text.ts';
import { Money } from '../../components/Money.tsx';
import { formatMinutes } from '../../lib/format.ts';
import type { DataColumn } from './DataTable.tsx';
import { TableCard } from './TableCard.tsx';
import type { Metrics } from './useRevenue.ts';

type Candidate = Metrics['retainerCandidates'][number];

export function draftRetainerPath(c: Candidate): string {
  const params = new URLSearchParams({
    clientId: c.clientId,
    kind: 'work',
    currency: c.currency,
    feeMinor: String(c.suggestedFeeMinor),
    includedMinutes: String(c.suggestedIncludedMinutes ?? 0),
  });
  return `/agreements/new?${params}`;
}

export function CandidatesCard({
  candidates,
  names,
  asOf,
}: {
  candidates: readonly Candidate[];
  names: ReadonlyMap<string, string>;
  asOf: string;
}) {
  const name = (c: Candidate) => names.get(c.clientId) ?? c.clientId;
  const columns: DataColumn<Candidate>[] = [
    {
      id: 'client',
      header: 'Client',
      sortValue: (c) => name(c).toLocaleLowerCase(),
      csv: name,
      cell: (c) => (
        <Link to={`/clients/${encodeURIComponent(c.clientId)}`} data-private>
          {name(c)}
        </Link>
      ),
    },
    { id: 'currency', header: 'Currency', csv: (c) => c.currency, cell: (c) => c.currency },
    {
      id: 'fee',
      header: 'Suggested fee / month',
      align: 'end',
      sortValue: (c) => c.suggestedFeeMinor,
      csv: (c) => moneyText(c.suggestedFeeMinor, c.currency),
      cell: (c) => <Money amountMinor={c.suggestedFeeMinor} currency={c.currency} />,
    },
    {
      id: 'minutes',
      header: 'Included time',
      align: 'end',
      sortValue: (c) => c.suggestedIncludedMinutes ?? 0,
      csv: (c) => c.suggestedIncludedMinutes ?? 0,
      csvHeader: 'Included minutes',
      cell: (c) => formatMinutes(c.suggestedIncludedMinutes ?? 0),
    },
    {
      id: 'action',
      header: 'Action',
      align: 'end',
      cell: (c) => (
        <Link to={draftRetainerPath(c)} className="button button--secondary button--sm" aria-label={`Draft a retainer for ${name(c)}`}>
          <FilePlus2 size={14} aria-hidden="true" /> Draft a retainer
        </Link>
      ),
    },
  ];
  return (
    <TableCard
      title="Retainer candidates"
      intro="Billed by the hour in at least 3 of the last 6 months and on no retainer: the median month suggests the fee and time."
      columns={columns}
      rows={candidates}
      rowKey={(c) => `${c.clientId}|${c.currency}`}
      fileName={`retainer-candidates-${asOf}`}
      empty={<p className="muted">No client is billed by the hour often enough to suggest a retainer.</p>}
    />
  );
}
