import { Money } from '../../components/Money.tsx';
import type { Metrics } from './useRevenue.ts';

/** Recurring revenue on the "as of" date: MRR and ARR, one row per currency (never summed). */
export function MetricTiles({ metrics, currencies }: { metrics: Metrics; currencies: readonly string[] }) {
  return (
    <section className="revenue-tiles" aria-label="Recurring revenue">
      {currencies.map((currency) => {
        const figures = metrics.currencies[currency];
        return (
          <dl key={currency} className="tiles revenue-tiles__row" aria-label={`Recurring revenue in ${currency}`}>
            <div className="tiles__item">
              <dt className="tiles__label">MRR · {currency}</dt>
              <dd className="tiles__value" data-testid={`mrr-${currency}`}>
                <Money amountMinor={figures?.mrrMinor ?? 0} currency={currency} />
              </dd>
            </div>
            <div className="tiles__item">
              <dt className="tiles__label">ARR · {currency}</dt>
              <dd className="tiles__value">
                <Money amountMinor={figures?.arrMinor ?? 0} currency={currency} />
              </dd>
            </div>
          </dl>
        );
      })}
    </section>
  );
}
