// The Calendar area: the week (by default) or the month of calls in the coach's zone, the
// week's capacity beside it, and the session dialogs. The address keeps the view, the date,
// the client filter and a session to open (?open=<id>, used by notes search).
import type { DatesSetArg } from '@fullcalendar/core';
import type FullCalendar from '@fullcalendar/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { addDays, mondayOf } from '../../../src/domain/dates.ts';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { useSettings } from '../../stores/settings.ts';
import { useStatus } from '../../stores/status.ts';
import { useNewShortcut } from '../agreements/useNewShortcut.ts';
import { NewSessionDialog } from '../sessions/NewSessionDialog.tsx';
import { SessionDialog } from '../sessions/SessionDialog.tsx';
import { wallParts } from '../sessions/time.ts';
import type { SessionItem } from '../sessions/types.ts';
import { CalendarToolbar } from './CalendarToolbar.tsx';
import { CalendarView, type CalendarViewName, FC_VIEWS } from './CalendarView.tsx';
import { CapacityPanel } from './CapacityPanel.tsx';
import { useCalendarRange } from './useCalendarRange.ts';
import './calendar.css';

interface VisibleRange {
  from: string;
  to: string;
  title: string;
  view: CalendarViewName;
  /** The first day of the week or month in view, kept in the address. */
  anchor: string;
}

export default function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const today = useStatus((state) => state.status?.today ?? '');
  const [view, setView] = useState<CalendarViewName>(params.get('view') === 'month' ? 'month' : 'week');
  const clientId = params.get('client') ?? '';
  const wantedDate = params.get('date') ?? '';
  const openId = params.get('open');

  const calendarRef = useRef<FullCalendar>(null);
  const [initialDate] = useState(() => wantedDate || today);
  const [range, setRange] = useState<VisibleRange | null>(null);
  const [openItem, setOpenItem] = useState<SessionItem | null>(null);
  const [newSession, setNewSession] = useState<{ start?: string; minutes?: number } | null>(null);
  const { data, error } = useCalendarRange(range?.from ?? '', range?.to ?? '', clientId);
  useScreenReady(data !== null);

  const setParam = useCallback(
    (patch: Record<string, string | null>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const onDatesSet = useCallback(
    (arg: DatesSetArg) => {
      const anchor = wallParts(arg.view.currentStart, coachZone).date;
      const shown: CalendarViewName = arg.view.type === FC_VIEWS.month ? 'month' : 'week';
      setRange({ from: arg.startStr.slice(0, 10), to: addDays(arg.endStr.slice(0, 10), -1), title: arg.view.title, view: shown, anchor });
    },
    [coachZone],
  );

  // Keep the view and the date in view in the address (in one write: the router does not
  // queue updates), and follow the address when a link changes the date.
  const written = useRef(initialDate);
  useEffect(() => {
    if (!range) return;
    written.current = range.anchor;
    setParam({ date: range.anchor, view: range.view === 'month' ? 'month' : null });
  }, [range, setParam]);
  useEffect(() => {
    if (wantedDate && wantedDate !== written.current) {
      written.current = wantedDate;
      calendarRef.current?.getApi().gotoDate(wantedDate);
    }
  }, [wantedDate]);

  // A session asked for in the address (from notes search) opens once its week has loaded.
  useEffect(() => {
    if (!openId || !data) return;
    const found = data.items.find((item) => item.sessionId === openId);
    if (found) setOpenItem(found);
    setParam({ open: null });
  }, [openId, data, setParam]);

  useNewShortcut(useCallback(() => setNewSession({}), []));
  // Stable, as every callback given to the calendar: a new one is a changed FullCalendar
  // option, and FullCalendar then draws the whole week again.
  const pickNew = useCallback((start: string, minutes: number) => setNewSession({ start, minutes }), []);

  const api = () => calendarRef.current?.getApi();
  const changeView = (next: CalendarViewName) => {
    setView(next);
    api()?.changeView(FC_VIEWS[next]);
  };

  const client = openItem ? data?.clients[openItem.clientId] : undefined;
  const weekStart = view === 'week' && range ? range.from : mondayOf(today);

  return (
    <div className="screen calendar">
      <CalendarToolbar
        title={range?.title ?? ''}
        view={view}
        clientId={clientId}
        onToday={() => api()?.today()}
        onPrevious={() => api()?.prev()}
        onNext={() => api()?.next()}
        onView={changeView}
        onClient={(id) => setParam({ client: id || null })}
        onNew={() => setNewSession({})}
      />
      {error && (
        <p role="alert" className="form-error screen__error">
          {error.message}
        </p>
      )}
      <div className="calendar__body">
        <div className={`calendar__grid calendar__grid--${view}`}>
          <CalendarView
            calendarRef={calendarRef}
            view={view}
            initialDate={initialDate}
            coachZone={coachZone}
            data={data}
            onDatesSet={onDatesSet}
            onOpen={setOpenItem}
            onPick={pickNew}
          />
        </div>
        <aside className="calendar__side" aria-label="Capacity">
          <CapacityPanel weekStart={weekStart} />
        </aside>
      </div>
      <SessionDialog item={openItem} clientName={client?.name ?? ''} clientTimeZone={client?.timeZone} onClose={() => setOpenItem(null)} />
      <NewSessionDialog
        open={newSession !== null}
        onOpenChange={(open) => !open && setNewSession(null)}
        {...(newSession?.start ? { start: newSession.start } : {})}
        {...(newSession?.minutes ? { minutes: newSession.minutes } : {})}
      />
    </div>
  );
}
