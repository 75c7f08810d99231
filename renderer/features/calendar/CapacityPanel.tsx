// The week's capacity beside the grid: hours booked against working hours, and the weekly
// times still free for the next eight weeks (where a new client's call would fit).
import { Card } from '../../components/Card.tsx';
import { formatMinutes } from '../../lib/format.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { freeWindows, wallTimeText } from './freeTimes.ts';

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CALL_MINUTES = 45;

export function CapacityPanel({ weekStart }: { weekStart: string }) {
  const capacity = useLiveQuery('calendar.capacity', { weekStart });
  const data = capacity.data;
  const windows = data ? freeWindows(data.freeSlots, CALL_MINUTES) : [];
  return (
    <Card title="Capacity this week" className="capacity">
      {!data ? (
        <p className="muted">{capacity.error?.message ?? ' '}</p>
      ) : (
        <>
          <p className="capacity__figure">
            <span className="num">{formatMinutes(Math.round(data.bookedMinutes))}</span> booked of{' '}
            <span className="num">{formatMinutes(data.availableMinutes)}</span>
          </p>
          <progress
            className="capacity__bar"
            max={Math.max(1, data.availableMinutes)}
            value={Math.min(data.bookedMinutes, data.availableMinutes)}
            aria-label="Share of working hours booked"
          />
          <h3 className="capacity__heading">Free every week</h3>
          {windows.length === 0 ? (
            <p className="muted">No 45-minute time is free in every one of the next 8 weeks.</p>
          ) : (
            <>
              <p className="muted capacity__hint">Where a 45-minute call fits in each of the next 8 weeks:</p>
              <ul className="capacity__slots">
                {windows.map((window) => (
                  <li key={`${window.weekday}-${window.from}`}>
                    <span className="capacity__day">{WEEKDAYS[window.weekday]}</span>{' '}
                    <span className="num">
                      {wallTimeText(window.from)} – {wallTimeText(window.to)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Card>
  );
}
