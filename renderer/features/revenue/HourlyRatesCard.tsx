// What each client really pays per hour delivered over the trailing 12 months: invoiced
// revenue over delivered hours. Sortable; a big practice scrolls inside the card.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { moneyText } from '../../../src/domain/money-text.ts';
import { Card } from '../../components/Card.tsx';
import { Money } from '../../components/Money.tsx';
import { type Column, Table } from '../../components/Table.tsx';
import { formatMinutes } from '../../lib/format.ts';
import { CsvButton } from './CsvButton.tsx';
import type { Dashboard } from './useRevenue.ts';

type Rate = Dashboard['hourlyRates'][number];
type SortKey = 'client' | 'invoiced' | 'hours' | 'rate';

const VALUE: Record<SortKey, (r: Rate) => number | string | null> = {
  client: (r) => r.clientName.toLocaleLowerCase(),
  invoiced: (r) => r.invoicedMinor,
  hours: (r) => r.deliveredMinutes,
  rate: (r) => r.rateMinorPerHour,
};

const COLUMNS: Column<Rate>[] = [
  {
    id: 'client',
    header: 'Client',
    sortKey: 'client',
    cell: (r) => (
      <Link to={`/clients/${encodeURIComponent(r.clientId)}`} className="table__primary-link" tabIndex={-1} data-private>
        {r.clientName}
      </Link>
    ),
  },
  {
    id: 'invoiced',
    header: 'Invoiced',
    sortKey: 'invoiced',
    align: 'end',
    width: '22%',
    cell: (r) => <Money amountMinor={r.invoicedMinor} currency={r.currency} />,
  },
  { id: 'hours', header: 'Delivered', sortKey: 'hours', align: 'end', width: '20%', cell: (r) => formatMinutes(r.deliveredMinutes) },
  {
    id: 'rate',
    header: 'Per hour',
    sortKey: 'rate',
    align: 'end',
    width: '20%',
    cell: (r) =>
      r.rateMinorPerHour === null ? (
        <span className="muted" title="No delivered time in the last 12 months">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">no delivered time</span>
        </span>
      ) : (
        <Money amountMinor={r.rateMinorPerHour} currency={r.currency} />
      ),
  },
];

const ROW_HEIGHT = 36;

export function HourlyRatesCard({ rates, currency, asOf }: { rates: readonly Rate[]; currency: string; asOf: string }) {
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'rate', direction: 'desc' });
  const rows = useMemo(() => {
    const value = VALUE[sort.key];
    const sign = sort.direction === 'asc' ? 1 : -1;
    return rates
      .filter((r) => r.currency === currency)
      .sort((a, b) => {
        const va = value(a);
        const vb = value(b);
        // Rows without a figure go last whichever way.
        if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
        return sign * (typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb)));
      });
  }, [rates, currency, sort]);

  const sortBy = (key: string) => {
    const next = key as SortKey;
    setSort((s) =>
      s.key === next
        ? { key: next, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key: next, direction: next === 'client' ? 'asc' : 'desc' },
    );
  };

  return (
    <Card
      title={`Effective hourly rate, ${currency}`}
      className="hourly-rates"
      aside={
        rows.length > 0 && (
          <CsvButton
            fileName={`hourly-rates-${currency}-${asOf}`}
            what="hourly rates"
            rows={() => [
              ['Client', 'Currency', 'Invoiced', 'Delivered minutes', 'Per hour'],
              ...rows.map((r) => [
                r.clientName,
                r.currency,
                moneyText(r.invoicedMinor, r.currency),
                r.deliveredMinutes,
                moneyText(r.rateMinorPerHour, r.currency),
              ]),
            ]}
          />
        )
      }
    >
      <p className="revenue-intro muted">Invoiced over the last 12 months ÷ hours delivered (sessions and logged work).</p>
      {rows.length === 0 ? (
        <p className="muted">No invoices or delivered time in the last 12 months.</p>
      ) : (
        <div className="hourly-rates__table" style={{ height: Math.min(380, 36 + rows.length * ROW_HEIGHT + 2) }}>
          <Table
            label={`Effective hourly rate per client, ${currency}`}
            rows={rows}
            columns={COLUMNS}
            rowKey={(r) => `${r.clientId}|${r.currency}`}
            sort={sort}
            onSortChange={sortBy}
            rowHeight={ROW_HEIGHT}
          />
        </div>
      )}
    </Card>
  );
}
