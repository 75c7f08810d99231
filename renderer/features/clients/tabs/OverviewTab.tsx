import { Card } from '../../../components/Card.tsx';
import { MoneyList } from '../../../components/Money.tsx';
import { ClientAgreementsCard } from '../../agreements/ClientAgreementsCard.tsx';
import type { ClientDetail } from '../useClient.ts';

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

export function OverviewTab({ client }: { client: ClientDetail }) {
  return (
    <div className="overview">
      <ClientAgreementsCard clientId={client.id} />
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
