// Revenue: recurring revenue now, the last 24 months, the next 12 with a what-if beside
// them, how concentrated and steady the practice is, what each client pays per hour, and
// who should be on a retainer or is costing more than they pay. All as of one date.
import { ChartLine } from 'lucide-react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { useSettings } from '../../stores/settings.ts';
import { useStatus } from '../../stores/status.ts';
import { CandidatesCard } from './CandidatesCard.tsx';
import { ConcentrationCard } from './ConcentrationCard.tsx';
import { ForecastCard } from './ForecastCard.tsx';
import { HistoryCard } from './HistoryCard.tsx';
import { HourlyRatesCard } from './HourlyRatesCard.tsx';
import { MetricTiles } from './MetricTiles.tsx';
import { OverServicingCard } from './OverServicingCard.tsx';
import { revenueAsOf, useRevenue } from './useRevenue.ts';
import { useWhatIf } from './useWhatIf.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import './revenue.css';

export default function RevenueDashboard() {
  const today = useStatus((state) => state.status?.today ?? '');
  const settings = useSettings((state) => state.settings);
  const [params, setParams] = useSearchParams();
  const asOf = revenueAsOf(params.get('asOf'), today);
  const revenue = useRevenue(asOf);
  const whatIf = useWhatIf(asOf);
  useScreenReady(revenue.loaded);

  const { currencies } = revenue;
  const askedCurrency = params.get('currency');
  const currency =
    currencies.find((c) => c === askedCurrency) ??
    currencies.find((c) => c === settings?.currency) ??
    currencies[0] ??
    settings?.currency ??
    'EUR';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const metrics = revenue.data?.metrics;
  const dashboard = revenue.data?.dashboard;
  const forecast = revenue.data?.forecast;

  return (
    <div className="screen screen--page">
      <div className="page page--wide revenue">
        <header className="screen__header screen__header--page revenue__header">
          <h1>Revenue</h1>
          <div className="revenue__controls">
            {currencies.length > 1 && (
              <SegmentedControl
                label="Currency"
                value={currency}
                options={currencies.map((c) => ({ value: c, label: c }))}
                onChange={(c) => setParam('currency', c)}
              />
            )}
            <TextField
              className="revenue__as-of"
              label="As of"
              type="date"
              value={asOf}
              onChange={(event) => {
                const value = event.target.value;
                if (revenueAsOf(value, '') === value) setParam('asOf', value === today ? null : value);
              }}
            />
          </div>
        </header>
        {revenue.error && (
          <p role="alert" className="form-error">
            {revenue.error.message}
          </p>
        )}
        {revenue.loaded && metrics && dashboard && forecast && currencies.length === 0 && (
          <EmptyState icon={<ChartLine size={18} />} title="No revenue to show yet">
            <p>Figures appear once there is an agreement or an invoice.</p>
          </EmptyState>
        )}
        {revenue.loaded && metrics && dashboard && forecast && currencies.length > 0 && (
          <div className="revenue__sections">
            <MetricTiles metrics={metrics} currencies={currencies} />
            <HistoryCard dashboard={dashboard} currency={currency} />
            <div className="revenue__planning">
              <div className="revenue__column">
                <ForecastCard
                  currency={currency}
                  asOf={asOf}
                  baseline={forecast.currencies[currency] ?? []}
                  whatIf={whatIf.result ? (whatIf.result.forecast[currency] ?? []) : null}
                />
                <ConcentrationCard
                  currency={currency}
                  figures={metrics.currencies[currency]}
                  lastYear={revenue.data?.lastYear.currencies[currency]}
                  names={revenue.names}
                />
              </div>
              <WhatIfPanel
                whatIf={whatIf}
                currency={currency}
                asOf={asOf}
                clientIds={revenue.data?.forecastClientIds ?? []}
                names={revenue.names}
                topClientId={metrics.currencies[currency]?.topClientId ?? null}
                baseMrrMinor={metrics.currencies[currency]?.mrrMinor ?? 0}
                assumptions={{ annualRetention: settings?.annualRetention ?? 0.7, winProbability: settings?.winProbability ?? 0.5 }}
              />
            </div>
            <HourlyRatesCard rates={dashboard.hourlyRates} currency={currency} asOf={asOf} />
            <CandidatesCard candidates={metrics.retainerCandidates} names={revenue.names} asOf={asOf} />
            <OverServicingCard
              overServicing={metrics.overServicing}
              agreements={revenue.data?.agreements ?? {}}
              names={revenue.names}
              asOf={asOf}
            />
          </div>
        )}
      </div>
    </div>
  );
}
