import { Link } from 'react-router';
import { Card } from '../../components/Card.tsx';
import { Money, MoneyList } from '../../components/Money.tsx';
import type { ClientRow } from '../../stores/clients.ts';

const SHOWN = 6;

/** What clients owe on issued invoices: totals per currency (never mixed), then who owes most. */
export function OpenBalancesCard({ rows, currency }: { rows: readonly ClientRow[]; currency: string }) {
  const owing = rows.filter((row) => row.balances.length > 0);
  const totals = new Map<string, number>();
  for (const row of owing) for (const b of row.balances) totals.set(b.currency, (totals.get(b.currency) ?? 0) + b.amountMinor);
  const inHomeCurrency = (row: ClientRow) => row.balances.find((b) => b.currency === currency)?.amountMinor ?? 0;
  const largest = [...owing].sort((a, b) => inHomeCurrency(b) - inHomeCurrency(a)).slice(0, SHOWN);

  return (
    <Card title="Open balances">
      {owing.length === 0 ? (
        <p className="muted">Nothing is owed. Issued invoices that are not yet paid show up here.</p>
      ) : (
        <>
          <div className="balance-summary">
            <span className="balance-summary__label">
              Owed by {owing.length} client{owing.length === 1 ? '' : 's'}
            </span>
            <span className="balance-summary__amount num">
              <MoneyList amounts={[...totals].sort(([a], [b]) => a.localeCompare(b)).map(([code, amountMinor]) => ({ currency: code, amountMinor }))} />
            </span>
          </div>
          <ul className="list">
            {largest.map((row) => (
              <li key={row.id} className="list__row">
                <Link to={`/clients/${encodeURIComponent(row.id)}`} className="list__title list__main" data-private>
                  {row.name}
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
