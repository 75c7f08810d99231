// Collected (payments by date) and invoiced (totals by issue date) per month, 24 months.
import { useMemo } from 'react';
import { moneyText } from '../../../src/domain/money-text.ts';
import { Money } from '../../components/Money.tsx';
import { ChartCard } from './ChartCard.tsx';
import { formatMonth } from './format.ts';
import { MonthChart } from './MonthChart.tsx';
import type { Dashboard } from './useRevenue.ts';

export function HistoryCard({ dashboard, currency }: { dashboard: Dashboard; currency: string }) {
  const figures = dashboard.currencies[currency];
  const rows = useMemo(
    () =>
      dashboard.months.map((month, index) => ({
        month,
        invoiced: figures?.invoiced[index] ?? 0,
        collected: figures?.collected[index] ?? 0,
      })),
    [dashboard.months, figures],
  );
  const total = (key: 'invoiced' | 'collected') => rows.reduce((sum, row) => sum + row[key], 0);

  return (
    <ChartCard
      title={`Collected and invoiced, ${currency}`}
      name="collected and invoiced"
      fileName={`collected-invoiced-${currency}-${dashboard.asOf}`}
      csv={() => [
        ['Month', 'Currency', 'Invoiced', 'Collected'],
        ...rows.map((r) => [r.month, currency, moneyText(r.invoiced, currency), moneyText(r.collected, currency)]),
      ]}
      chart={
        <MonthChart
          months={dashboard.months}
          layout="grouped"
          bars={[
            { key: 'invoiced', name: 'Invoiced', color: 'var(--chart-invoiced)', values: rows.map((r) => r.invoiced) },
            { key: 'collected', name: 'Collected', color: 'var(--chart-collected)', values: rows.map((r) => r.collected) },
          ]}
          currency={currency}
          description={`Invoiced and collected per month, ${formatMonth(rows[0]?.month ?? '')} to ${formatMonth(rows.at(-1)?.month ?? '')}`}
        />
      }
      table={
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes the focus so that it scrolls from the keyboard (axe: scrollable-region-focusable).
        <section className="plain-table-wrap chart-table" tabIndex={0} aria-label={`Invoiced and collected per month, ${currency}, table`}>
          <table className="table table--plain">
            <caption className="visually-hidden">Invoiced and collected per month, {currency}</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  Invoiced
                </th>
                <th scope="col" className="num">
                  Collected
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{formatMonth(row.month)}</th>
                  <td className="num">
                    <Money amountMinor={row.invoiced} currency={currency} />
                  </td>
                  <td className="num" data-testid={`collected-${row.month}`}>
                    <Money amountMinor={row.collected} currency={currency} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">24 months</th>
                <td className="num">
                  <Money amountMinor={total('invoiced')} currency={currency} />
                </td>
                <td className="num">
                  <Money amountMinor={total('collected')} currency={currency} />
                </td>
              </tr>
            </tfoot>
          </table>
        </section>
      }
    />
  );
}
