// The next 12 months as committed, weighted renewal and weighted pipeline, stacked. Under a
// what-if the bars are the what-if and a line keeps the real forecast in view.
import { useMemo } from 'react';
import type { CsvCell } from '../../../src/domain/csv.ts';
import { moneyText } from '../../../src/domain/money-text.ts';
import { Money } from '../../components/Money.tsx';
import { Badge } from '../../components/StatusChip.tsx';
import { ChartCard } from './ChartCard.tsx';
import { formatMonth } from './format.ts';
import { MonthChart } from './MonthChart.tsx';
import type { ForecastMonth } from './useRevenue.ts';

interface Row {
  month: string;
  committed: number;
  renewal: number;
  pipeline: number;
  expected: number;
  baseline: number;
}

/** The table's amount columns, in order; the what-if adds the baseline after them. */
const AMOUNT_COLUMNS = ['committed', 'renewal', 'pipeline', 'expected'] as const;
const WHAT_IF_COLUMNS = [...AMOUNT_COLUMNS, 'baseline'] as const;

export interface ForecastCardProps {
  currency: string;
  asOf: string;
  baseline: readonly ForecastMonth[];
  /** The what-if forecast for this currency, when a what-if is on. */
  whatIf: readonly ForecastMonth[] | null;
}

function toRows(shown: readonly ForecastMonth[], baseline: readonly ForecastMonth[]): Row[] {
  const base = new Map(baseline.map((m) => [m.month, m.expectedMinor]));
  return shown.map((m) => ({
    month: m.month,
    committed: m.committedMinor,
    renewal: m.renewalMinor,
    pipeline: m.pipelineMinor,
    expected: m.expectedMinor,
    baseline: base.get(m.month) ?? 0,
  }));
}

export function ForecastCard({ currency, asOf, baseline, whatIf }: ForecastCardProps) {
  const rows = useMemo(() => toRows(whatIf ?? baseline, baseline), [whatIf, baseline]);
  const sum = (key: keyof Omit<Row, 'month'>) => rows.reduce((total, row) => total + row[key], 0);
  const expected = sum('expected');
  const baselineTotal = sum('baseline');
  const on = whatIf !== null;

  const csv = (): CsvCell[][] => [
    ['Month', 'Currency', 'Committed', 'Renewal', 'Pipeline', 'Expected', ...(on ? ['Expected without the what-if'] : [])],
    ...rows.map((r) => [
      r.month,
      currency,
      ...[r.committed, r.renewal, r.pipeline, r.expected, ...(on ? [r.baseline] : [])].map((v) => moneyText(v, currency)),
    ]),
  ];

  return (
    <ChartCard
      className={on ? 'forecast-card forecast-card--what-if' : 'forecast-card'}
      title={
        <>
          Forecast, 12 months, {currency} {on && <Badge tone="accent">What-if</Badge>}
        </>
      }
      name="forecast"
      fileName={`forecast-${currency}-${asOf}${on ? '-what-if' : ''}`}
      csv={csv}
      intro={
        <p className="forecast-card__summary" aria-live="polite">
          Expected over 12 months:{' '}
          <strong data-testid="forecast-expected">
            <Money amountMinor={expected} currency={currency} />
          </strong>
          {on && (
            <span className="muted">
              {' '}
              · without the what-if <Money amountMinor={baselineTotal} currency={currency} /> ({expected - baselineTotal >= 0 ? '+' : '−'}
              <Money amountMinor={Math.abs(expected - baselineTotal)} currency={currency} />)
            </span>
          )}
        </p>
      }
      chart={
        <MonthChart
          months={rows.map((r) => r.month)}
          layout="stacked"
          bars={[
            { key: 'committed', name: 'Committed', color: 'var(--chart-committed)', values: rows.map((r) => r.committed) },
            { key: 'renewal', name: 'Renewal (weighted)', color: 'var(--chart-renewal)', values: rows.map((r) => r.renewal) },
            { key: 'pipeline', name: 'Pipeline (weighted)', color: 'var(--chart-pipeline)', values: rows.map((r) => r.pipeline) },
          ]}
          line={
            on
              ? {
                  key: 'baseline',
                  name: 'Expected without the what-if',
                  color: 'var(--chart-baseline)',
                  values: rows.map((r) => r.baseline),
                }
              : undefined
          }
          currency={currency}
          description="Committed, renewal and pipeline per month, stacked"
        />
      }
      table={
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes the focus so that it scrolls from the keyboard (axe: scrollable-region-focusable).
        <section className="plain-table-wrap chart-table" tabIndex={0} aria-label={`Forecast per month, ${currency}, table`}>
          <table className="table table--plain">
            <caption className="visually-hidden">
              Forecast per month, {currency}
              {on ? ', what-if' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  Committed
                </th>
                <th scope="col" className="num">
                  Renewal
                </th>
                <th scope="col" className="num">
                  Pipeline
                </th>
                <th scope="col" className="num">
                  Expected
                </th>
                {on && (
                  <th scope="col" className="num">
                    Without the what-if
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{formatMonth(row.month)}</th>
                  {(on ? WHAT_IF_COLUMNS : AMOUNT_COLUMNS).map((column) => (
                    <td key={column} className="num">
                      <Money amountMinor={row[column]} currency={currency} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      }
    />
  );
}
