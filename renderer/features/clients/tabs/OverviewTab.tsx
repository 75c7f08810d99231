import { FileText } from 'lucide-react';
import { Card } from '../../../components/Card.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { MoneyList, Money } from '../../../components/Money.tsx';
import { StatusChip } from '../../../components/StatusChip.tsx';
import { formatDate } from '../../../lib/format.ts';
import { AGREEMENT_KIND_LABELS } from '../clientColumns.tsx';
import type { ClientDetail } from '../useClient.ts';

function period(months: number): string {
  if (months === 1) return 'month';
  if (months === 3) return 'quarter';
  if (months === 12) return 'year';
  return `${months} months`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

export function OverviewTab({ client }: { client: ClientDetail }) {
  return (
    <div className="overview">
      <Card title="Agreements">
        {client.agreements.length === 0 ? (
          <EmptyState icon={<FileText size={18} />} title="No agreements yet">
            <p>Retainers, session packages and projects will be listed here once Agreements arrives in Cadence.</p>
          </EmptyState>
        ) : (
          <ul className="list">
            {client.agreements.map((agreement) => (
              <li key={agreement.id} className="list__row">
                <div className="list__main">
                  <span className="list__title" data-private>
                    {agreement.title}
                  </span>
                  <span className="list__meta muted">
                    {AGREEMENT_KIND_LABELS[agreement.kind] ?? agreement.kind} · from {formatDate(agreement.startDate)}
                    {agreement.termMonths ? ` · ${agreement.termMonths}-month term` : ''}
                  </span>
                </div>
                <span className="num">
                  <Money amountMinor={agreement.feeMinor} currency={agreement.currency} />
                  <span className="muted"> / {period(agreement.periodMonths)}</span>
                </span>
                <StatusChip status={agreement.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Balance">
        {client.balances.length === 0 ? (
          <p className="muted">Nothing owed: every issued invoice is paid.</p>
        ) : (
          <div className="balance-summary">
            <span className="balance-summary__label">Owed on open invoices</span>
            <span className="balance-summary__amount num">
              <MoneyList amounts={client.balances} />
            </span>
          </div>
        )}
        <p className="card__footnote muted">
          {plural(client.references.invoices, 'invoice')} · {plural(client.references.sessions, 'session')} on record
        </p>
      </Card>
    </div>
  );
}
