// Everything the Revenue screen reads, for one "as of" date. Each is a live view of the
// core: a write to any table the figures come from refetches it.
import { useMemo } from 'react';
import type { ApiOutput } from '../../api.ts';
import { prefetchQuery, useLiveQuery } from '../../lib/useLiveQuery.ts';

const REVENUE_TABLES = ['settings', 'clients', 'agreements', 'sessions', 'work_logs', 'invoices', 'payments'] as const;

export type Metrics = ApiOutput<'revenue.metrics'>;
export type Dashboard = ApiOutput<'revenue.dashboard'>;
export type Forecast = ApiOutput<'revenue.forecast'>;
export type ForecastMonth = Forecast['currencies'][string][number];
export type AgreementRow = ApiOutput<'agreements.list'>[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date the figures are as of: the one in the address, or today. */
export function revenueAsOf(asked: string | null, today: string): string {
  return asked && DATE.test(asked) ? asked : today;
}

/**
 * Starts the screen's reads while its charts library is still loading; useRevenue then
 * finds them under way instead of asking only after the code has arrived.
 */
export function prefetchRevenue(asOf: string): void {
  prefetchQuery('revenue.metrics', { asOf });
  prefetchQuery('revenue.dashboard', { asOf });
  prefetchQuery('revenue.forecast', { asOf, months: 12 });
  prefetchQuery('revenue.metrics', { asOf: yearBefore(asOf) });
  prefetchQuery('agreements.list', {});
}

export function useRevenue(asOf: string) {
  const input = { asOf };
  const metrics = useLiveQuery('revenue.metrics', input, REVENUE_TABLES);
  const dashboard = useLiveQuery('revenue.dashboard', input, REVENUE_TABLES);
  const forecast = useLiveQuery('revenue.forecast', { asOf, months: 12 }, REVENUE_TABLES);
  // A year earlier, to say whether the practice is steadier than it was.
  const lastYear = useLiveQuery('revenue.metrics', { asOf: yearBefore(asOf) }, REVENUE_TABLES);
  // Agreement titles and client names for the lists (over-servicing, candidates, top client).
  const agreements = useLiveQuery('agreements.list', {}, REVENUE_TABLES);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const a of agreements.data ?? []) map.set(a.clientId, a.clientName);
    for (const r of dashboard.data?.hourlyRates ?? []) map.set(r.clientId, r.clientName);
    return map;
  }, [agreements.data, dashboard.data]);
  const currencies = useMemo(
    () => [...new Set([...Object.keys(metrics.data?.currencies ?? {}), ...Object.keys(dashboard.data?.currencies ?? {}), ...Object.keys(forecast.data?.currencies ?? {})])].sort(),
    [metrics.data, dashboard.data, forecast.data],
  );
  return {
    metrics,
    dashboard,
    forecast,
    lastYear,
    agreements: agreements.data ?? [],
    names,
    currencies,
    loaded: metrics.loaded && dashboard.loaded && forecast.loaded,
    error: metrics.error ?? dashboard.error ?? forecast.error,
  };
}

function yearBefore(date: string): string {
  const [year, month, day] = date.split('-');
  if (!year || !month || !day) return date;
  const previous = String(Number(year) - 1).padStart(4, '0');
  return month === '02' && day === '29' ? `${previous}-02-28` : `${previous}-${month}-${day}`;
}
