import { formatMoney } from '../lib/format.ts';

/** An amount with its currency, in tabular figures, hidden in privacy mode. */
export function Money({ amountMinor, currency }: { amountMinor: number; currency: string }) {
  return (
    <span className="money" data-private>
      {formatMoney(amountMinor, currency)}
    </span>
  );
}

/** Several currencies one under the other (balances are never summed across currencies). */
export function MoneyList({ amounts, empty = '—' }: { amounts: readonly { amountMinor: number; currency: string }[]; empty?: string }) {
  if (amounts.length === 0) return <span className="muted">{empty}</span>;
  return (
    <span className="money-list">
      {amounts.map((amount) => (
        <Money key={amount.currency} amountMinor={amount.amountMinor} currency={amount.currency} />
      ))}
    </span>
  );
}
