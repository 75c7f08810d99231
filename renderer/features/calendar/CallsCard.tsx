// Today's card for calls: past calls not logged yet (the last two weeks), each with a
// one-click "Log" that opens the log dialog, and what is still coming this week.

import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { addDays, mondayOf } from '../../../src/domain/dates.ts';
import { timestampText } from '../../../src/domain/instants.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { useFirst } from '../../components/useFirst.tsx';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { useSettings } from '../../stores/settings.ts';
import { SessionDialog } from '../sessions/SessionDialog.tsx';
import { dayIn, timeIn, wallParts } from '../sessions/time.ts';
import { KIND_LABELS, type SessionItem, statusText } from '../sessions/types.ts';
import '../sessions/sessions.css';
import './calendar.css';

const SHOWN = 5;
const COMING_SHOWN = 8;
export const UNLOGGED_INPUT = {} as const;

interface Row {
  item: SessionItem;
  clientName: string;
  clientTimeZone: string | null;
}

/** The rest of the week, from today (the coach's date) to Sunday: the days calls are still to come. */
export function comingCallsInput(today: string) {
  return { from: today, to: addDays(mondayOf(today), 6) };
}

export function CallsCard({ today }: { today: string }) {
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const unlogged = useLiveQuery('sessions.unlogged', UNLOGGED_INPUT);
  const week = useLiveQuery('calendar.range', comingCallsInput(today));
  const [open, setOpen] = useState<Row | null>(null);

  const coming = useMemo(() => {
    const now = timestampText(new Date());
    const clients = week.data?.clients ?? {};
    return (week.data?.items ?? [])
      .filter((item) => item.end > now && item.status !== 'cancelled')
      .map((item) => ({ item, clientName: clients[item.clientId]?.name ?? '', clientTimeZone: clients[item.clientId]?.timeZone ?? null }));
  }, [week.data]);
  // The call just finished is the one most likely to be logged next: newest first.
  const waiting: Row[] = (unlogged.data ?? [])
    .map(({ clientName, clientTimeZone, ...item }) => ({ item, clientName, clientTimeZone }))
    .reverse();
  const shownWaiting = useFirst(waiting, SHOWN, 'calls not logged yet');
  // A full practice has hundreds of calls a week: the next few, the rest a click away.
  const shownComing = useFirst(coming, COMING_SHOWN, 'calls coming up this week');

  const calendarLink = (item: SessionItem) => `/calendar?date=${wallParts(item.start, coachZone).date}`;

  return (
    <Card title="Calls" aside={<Link to="/calendar">Calendar</Link>} className="calls-card">
      <section aria-label="Not logged yet" className="calls-card__group">
        <h3 className="attention__title">
          Not logged yet <span className="muted">{waiting.length}</span>
        </h3>
        {waiting.length === 0 ? (
          <p className="muted">Every call of the last two weeks is logged.</p>
        ) : (
          <ul className="list">
            {shownWaiting.shown.map((row) => (
              <li key={row.item.key} className="list__row">
                <div className="list__main">
                  <span className="list__title" data-private>
                    {row.clientName}
                  </span>
                  <span className="list__meta muted">
                    {dayIn(row.item.start, coachZone)}, {timeIn(row.item.start, coachZone)} · {KIND_LABELS[row.item.kind]}
                  </span>
                </div>
                <Button
                  size="sm"
                  variant="primary"
                  aria-label={`Log the call with ${row.clientName} on ${dayIn(row.item.start, coachZone)}`}
                  onClick={() => setOpen(row)}
                >
                  Log
                </Button>
              </li>
            ))}
          </ul>
        )}
        {shownWaiting.more}
      </section>
      <section aria-label="Coming up this week" className="calls-card__group">
        <h3 className="attention__title">
          Coming up this week <span className="muted">{coming.length}</span>
        </h3>
        {coming.length === 0 ? (
          <p className="muted">No more calls this week.</p>
        ) : (
          <ul className="list">
            {shownComing.shown.map((row) => (
              <li key={row.item.key} className="list__row">
                <div className="list__main">
                  <Link to={calendarLink(row.item)} className="list__title" data-private>
                    {row.clientName}
                  </Link>
                  <span className="list__meta muted">
                    {dayIn(row.item.start, coachZone)}, {timeIn(row.item.start, coachZone)} · {KIND_LABELS[row.item.kind]}
                    {row.item.status !== 'planned' ? ` · ${statusText(row.item)}` : ''}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
        {shownComing.more}
      </section>
      <SessionDialog
        item={open?.item ?? null}
        clientName={open?.clientName ?? ''}
        clientTimeZone={open?.clientTimeZone ?? undefined}
        onClose={() => setOpen(null)}
      />
    </Card>
  );
}
