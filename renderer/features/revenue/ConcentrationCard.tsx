// How much rides on one client, and how even the cash flow is, over the trailing 12 months,
// beside the same figures a year earlier: is the practice steadier than last year?
import { TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { Card } from '../../components/Card.tsx';
import { Badge } from '../../components/StatusChip.tsx';
import { formatShare } from './format.ts';
import type { Metrics } from './useRevenue.ts';

const TOP_SHARE_WARNING = 0.3;

type Figures = Metrics['currencies'][string] | undefined;

function hhiWords(hhi: number | null): string {
  if (hhi === null) return 'nothing collected';
  if (hhi < 0.15) return 'spread out';
  if (hhi < 0.25) return 'moderately concentrated';
  return 'highly concentrated';
}

function trend(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  if (Math.abs(now - before) < 0.005) return 'about the same as a year earlier';
  return now < before ? 'steadier than a year earlier' : 'less steady than a year earlier';
}

export function ConcentrationCard({
  currency,
  figures,
  lastYear,
  names,
}: {
  currency: string;
  figures: Figures;
  lastYear: Figures;
  names: ReadonlyMap<string, string>;
}) {
  const share = figures?.topClientShare ?? null;
  const topId = figures?.topClientId ?? null;
  const hhi = figures?.hhi ?? null;
  const volatility = figures?.volatility ?? null;
  const warn = share !== null && share > TOP_SHARE_WARNING;
  return (
    <Card title={`Concentration and volatility, ${currency}`}>
      <dl className="concentration">
        <div className="concentration__item">
          <dt>Top client's share</dt>
          <dd>
            <span className="concentration__value" data-testid={`top-share-${currency}`}>
              {formatShare(share)}
            </span>
            {warn && (
              <Badge tone="warning">
                <TriangleAlert size={12} aria-hidden="true" /> Above {formatShare(TOP_SHARE_WARNING, 0)}
              </Badge>
            )}
            <span className="concentration__note muted">
              {topId ? (
                <Link to={`/clients/${encodeURIComponent(topId)}`} data-private>
                  {names.get(topId) ?? 'Open client'}
                </Link>
              ) : (
                'Nothing collected in the last 12 months'
              )}
              {warn && ': losing them would cut income by almost a third or more'}
            </span>
          </dd>
        </div>
        <div className="concentration__item">
          <dt>Herfindahl index (HHI)</dt>
          <dd>
            <span className="concentration__value">{hhi === null ? '—' : hhi.toFixed(2)}</span>
            <span className="concentration__note muted">
              {hhiWords(hhi)}
              {lastYear?.hhi != null && `; ${lastYear.hhi.toFixed(2)} a year earlier`}
            </span>
          </dd>
        </div>
        <div className="concentration__item">
          <dt>Volatility of monthly cash</dt>
          <dd>
            <span className="concentration__value">{formatShare(volatility, 0)}</span>
            <span className="concentration__note muted">
              {volatility === null ? 'nothing collected' : 'standard deviation ÷ mean of collected per month'}
              {volatility !== null &&
                lastYear?.volatility != null &&
                `; ${formatShare(lastYear.volatility, 0)} a year earlier, ${trend(volatility, lastYear.volatility)}`}
            </span>
          </dd>
        </div>
      </dl>
    </Card>
  );
}
