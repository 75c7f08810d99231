import { formatDate } from '../../lib/format.ts';
import { prefetchQuery, useLiveQuery } from '../../lib/useLiveQuery.ts';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { useSettings } from '../../stores/settings.ts';
import { useStatus } from '../../stores/status.ts';
import { AgreementsTodayCard } from '../agreements/AgreementsTodayCard.tsx';
import { CallsCard, comingCallsInput, UNLOGGED_INPUT } from '../calendar/CallsCard.tsx';
import { OverdueInvoicesCard } from '../invoices/OverdueInvoicesCard.tsx';
import { AttentionCard } from './AttentionCard.tsx';
import { CountsCard } from './CountsCard.tsx';
import { GettingStartedCard } from './GettingStartedCard.tsx';
import { OpenBalancesCard } from './OpenBalancesCard.tsx';
import { RECENT_CLIENTS_SHOWN, RecentClientsCard } from './RecentClientsCard.tsx';

// Only the rows the card shows, not the whole list: the newest current clients. What is owed
// and overdue comes summed up in the summary.
const RECENT_INPUT = { status: 'current', sort: 'created', direction: 'desc', limit: RECENT_CLIENTS_SHOWN } as const;
const SUMMARY_INPUT = {} as const;

/**
 * Today's reads, started as the app starts (beside its status and settings) when it opens on
 * Today, so they are under way before the screen mounts; the screen's own reads take them.
 */
export function prefetchToday(): void {
  prefetchQuery('today.summary', SUMMARY_INPUT);
  prefetchQuery('clients.list', RECENT_INPUT);
  prefetchQuery('sessions.unlogged', UNLOGGED_INPUT);
}

/** The week's coming calls: they need today's date in the coach's zone, which the status brings. */
export function prefetchTodayCalls(today: string): void {
  prefetchQuery('calendar.range', comingCallsInput(today));
}

function greeting(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function TodayScreen() {
  const status = useStatus((state) => state.status);
  const settings = useSettings((state) => state.settings);
  const recent = useLiveQuery('clients.list', RECENT_INPUT);
  const summary = useLiveQuery('today.summary', SUMMARY_INPUT);
  useScreenReady(recent.loaded && summary.loaded);

  if (!status || !settings) return null;
  const { counts } = status;
  // A workspace is young until it has a few clients and one agreement: keep the first steps in view.
  const young = counts.clients < 3 || counts.agreements === 0;
  const recentRows = recent.data ?? [];

  return (
    <div className="screen screen--page">
      <div className="page page--wide">
        <header className="today-header">
          <h1>{greeting(new Date().getHours())}</h1>
          <p className="muted">
            {formatDate(status.today, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
            {settings.businessName ? ` · ${settings.businessName}` : ''}
          </p>
        </header>
        <div className="today-stack">
          {young && <GettingStartedCard status={status} settings={settings} />}
          {!status.empty && <CountsCard counts={counts} />}
          {counts.clients > 0 && (
            // Two columns that fill independently, so a short card leaves no hole.
            <div className="today-columns">
              <div className="today-column">
                {(counts.agreements > 0 || counts.sessions > 0) && <CallsCard today={status.today} />}
                {counts.agreements > 0 && summary.data && <AttentionCard summary={summary.data} />}
                {counts.invoices === 0 && <RecentClientsCard rows={recentRows} />}
              </div>
              <div className="today-column">
                {counts.agreements > 0 && summary.data && <AgreementsTodayCard summary={summary.data} />}
                {counts.invoices > 0 && summary.data && <OverdueInvoicesCard invoices={summary.data.overdueInvoices} />}
                {summary.data && <OpenBalancesCard balances={summary.data.openBalances} />}
                {counts.invoices > 0 && <RecentClientsCard rows={recentRows} />}
              </div>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
