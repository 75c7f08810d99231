import { Link } from 'react-router';
import type { ApiOutput } from '../../api.ts';
import { Card } from '../../components/Card.tsx';
import { Money, MoneyList } from '../../components/Money.tsx';
import { formatNumber } from '../../lib/format.ts';

type OpenBalances = ApiOutput<'today.summary'>['openBalances'];

/**
 * What clients owe on issued invoices: totals per currency (never mixed), then who owes most
 * in the home currency. The core adds them up; the card shows them.
 */
export function OpenBalancesCard({ balances }: { balances: OpenBalances }) {
  const { clients: owing, totals, largest } = balances;

  return (
    <Card title="Open balances">
      {owing === 0 ? (
        <p className="muted">Nothing is owed. Issued invoices that are not yet paid show up here.</p>
      ) : (
        <>
          <div className="balance-summary">
            <span className="balance-summary__label">
              Owed by {formatNumber(owing)} client{owing === 1 ? '' : 's'}
            </span>
            <span className="balance-summary__amount num">
              <MoneyList amounts={totals} />
            </span>
          </div>
          <ul className="list">
            {largest.map((row) => (
              <li key={row.clientId} className="list__row">
                <Link to={`/clients/${encodeURIComponent(row.clientId)}`} className="list__title list__main" data-private>
                  {row.clientName}
                </Link>
                <span className="num">
                  {row.balances.map((b) => (
                    <Money key={b.currency} amountMinor={b.amountMinor} currency={b.currency} />
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
