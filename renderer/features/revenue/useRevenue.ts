// Everything the Revenue screen reads, for one "as of" date, in one answer (revenue.screen):
// the figures and the names they mention. A live view of the core: a write to any table the
// figures come from refetches it.
import { useMemo } from 'react';
import { isCalendarDate } from '../../../src/domain/dates.ts';
import type { ApiOutput } from '../../api.ts';
import { prefetchQuery, useLiveQuery } from '../../lib/useLiveQuery.ts';

export type RevenueScreenData = ApiOutput<'revenue.screen'>;
export type Metrics = RevenueScreenData['metrics'];
export type Dashboard = RevenueScreenData['dashboard'];
export type Forecast = RevenueScreenData['forecast'];
export type ForecastMonth = Forecast['currencies'][string][number];
/** An agreement the screen names (over-servicing), by id. */
export type NamedAgreement = RevenueScreenData['agreements'][string];

/** The date the figures are as of: the one in the address, or today. */
export function revenueAsOf(asked: string | null, today: string): string {
  return asked && isCalendarDate(asked) ? asked : today;
}

/**
 * Starts the screen's read while its code is still loading; useRevenue then finds it under
 * way instead of asking only after the code has arrived.
 */
export function prefetchRevenue(asOf: string): void {
  prefetchQuery('revenue.screen', { asOf });
}

export function useRevenue(asOf: string) {
  const screen = useLiveQuery('revenue.screen', { asOf });
  const data = screen.data;
  const names = useMemo(() => {
    const map = new Map(Object.entries(data?.clientNames ?? {}));
    for (const r of data?.dashboard.hourlyRates ?? []) map.set(r.clientId, r.clientName);
    return map;
  }, [data]);
  const currencies = useMemo(
    () =>
      [
        ...new Set([
          ...Object.keys(data?.metrics.currencies ?? {}),
          ...Object.keys(data?.dashboard.currencies ?? {}),
          ...Object.keys(data?.forecast.currencies ?? {}),
        ]),
      ].sort(),
    [data],
  );
  return { data, names, currencies, loaded: screen.loaded, error: screen.error };
}
