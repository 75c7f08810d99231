// Collected (payments by date) and invoiced (totals by issue date) per month, 24 months.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { Money } from '../../components/Money.tsx';
import { formatMoney } from '../../lib/format.ts';
import { ChartCard } from './ChartCard.tsx';
import { csvAmount } from './csv.ts';
import { formatCompactMoney, formatMonth } from './format.ts';
import type { Dashboard } from './useRevenue.ts';

export function HistoryCard({ dashboard, currency }: { dashboard: Dashboard; currency: string }) {
  const figures = dashboard.currencies[currency];
  const rows = useMemo(
    () => dashboard.months.map((month, index) => ({ month, invoiced: figures?.invoiced[index] ?? 0, collected: figures?.collected[index] ?? 0 })),
    [dashboard.months, figures],
  );
  const total = (key: 'invoiced' | 'collected') => rows.reduce((sum, row) => sum + row[key], 0);

  return (
    <ChartCard
      title={`Collected and invoiced, ${currency}`}
      name="collected and invoiced"
      fileName={`collected-invoiced-${currency}-${dashboard.asOf}`}
      csv={() => [['Month', 'Currency', 'Invoiced', 'Collected'], ...rows.map((r) => [r.month, currency, csvAmount(r.invoiced, currency), csvAmount(r.collected, currency)])]}
      chart={
        <BarChart data={rows} responsive style={{ width: '100%', height: 260 }} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} desc={`Invoiced and collected per month, ${formatMonth(rows[0]?.month ?? '')} to ${formatMonth(rows.at(-1)?.month ?? '')}`}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="month" tickFormatter={(m: string) => formatMonth(m, true)} tick={{ fill: 'var(--text-muted)', fontSize: 11 }} stroke="var(--border)" interval="preserveStartEnd" minTickGap={12} />
          <YAxis tickFormatter={(v: number) => formatCompactMoney(v, currency)} tick={{ fill: 'var(--text-muted)', fontSize: 11 }} stroke="var(--border)" width={64} />
          <Tooltip
            formatter={(value) => formatMoney(Number(value), currency)}
            labelFormatter={(label) => formatMonth(String(label))}
            contentStyle={{ background: 'var(--surface-raised)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' }}
            cursor={{ fill: 'var(--surface-hover)' }}
          />
          <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: 'var(--text-muted)' }} />
          <Bar dataKey="invoiced" name="Invoiced" fill="var(--chart-invoiced)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="collected" name="Collected" fill="var(--chart-collected)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      }
      table={
        <div className="plain-table-wrap chart-table" tabIndex={0} role="region" aria-label={`Invoiced and collected per month, ${currency}, table`}>
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
        </div>
      }
    />
  );
}
