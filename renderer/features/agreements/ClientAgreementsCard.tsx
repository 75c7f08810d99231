// A client's agreements on their page, newest first, with a way to draft the next one.
import { FileText, Plus } from 'lucide-react';
import { Link } from 'react-router';
import { Card } from '../../components/Card.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Money } from '../../components/Money.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { agreementPath, kindLabel, perPeriod } from './labels.ts';
import './agreements.css';

export function ClientAgreementsCard({ clientId }: { clientId: string }) {
  const list = useLiveQuery('agreements.list', { clientId });
  const rows = [...(list.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const newLink = `/agreements/new?clientId=${encodeURIComponent(clientId)}`;
  return (
    <Card
      title="Agreements"
      aside={
        <Link to={newLink} className="button button--secondary button--sm">
          <Plus size={14} aria-hidden="true" /> New agreement
        </Link>
      }
    >
      {!list.loaded ? null : rows.length === 0 ? (
        <EmptyState icon={<FileText size={18} />} title="No agreements yet">
          <p>Draft a retainer, a value-based engagement or an hourly project for this client.</p>
        </EmptyState>
      ) : (
        <ul className="list">
          {rows.map((row) => (
            <li key={row.id} className="list__row">
              <div className="list__main">
                <Link to={agreementPath(row.id)} className="list__title" data-private>
                  {row.title}
                </Link>
                <span className="list__meta muted">
                  {kindLabel(row.kind)} · from {formatDate(row.startDate)}
                  {row.outlook?.noticeDeadline ? ` · notice by ${formatDate(row.outlook.noticeDeadline)}` : ''}
                </span>
              </div>
              {row.kind !== 'project' && (
                <span className="num">
                  <Money amountMinor={row.feeMinor} currency={row.currency} />
                  {row.kind !== 'value' && <span className="muted"> / {perPeriod(row.periodMonths)}</span>}
                </span>
              )}
              <StatusChip status={row.displayStatus} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
