// FullCalendar in the coach's zone: the week as a time grid (working hours shaded) or the
// month as a grid. Calls open on click or Enter; dragging or stretching a call that has not
// happened moves only that occurrence; picking empty time offers a new session there.
import type { DateSelectArg, DatesSetArg, DayCellMountArg, EventClickArg, EventContentArg, EventDropArg } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { type RefObject, useCallback, useMemo, useRef } from 'react';
import { instantText } from '../../../src/domain/instants.ts';
import { instantOfWallTime } from '../../../src/domain/slot.ts';
import { toast } from '../../stores/toasts.ts';
import { rescheduleSession } from '../sessions/actions.ts';
import { whenIn } from '../sessions/time.ts';
import type { CalendarRange, SessionItem } from '../sessions/types.ts';
import { type EventContext, eventContent } from './eventContent.ts';
import { businessHours, toEvents } from './events.ts';
import { markRendered } from './renderTiming.ts';
import { timeZonePlugin } from './timeZonePlugin.ts';

export type CalendarViewName = 'week' | 'month';
export const FC_VIEWS: Record<CalendarViewName, string> = { week: 'timeGridWeek', month: 'dayGridMonth' };

const PLUGINS = [timeGridPlugin, dayGridPlugin, interactionPlugin, timeZonePlugin];
const EMPTY: SessionItem[] = [];
const VIEW_OPTIONS = {
  timeGridWeek: { dayHeaderFormat: { weekday: 'short', day: 'numeric', month: 'short' } },
  dayGridMonth: { dayHeaderFormat: { weekday: 'short' } },
} as const;

export interface CalendarViewProps {
  calendarRef: RefObject<FullCalendar | null>;
  view: CalendarViewName;
  initialDate: string;
  coachZone: string;
  data: CalendarRange | null;
  onDatesSet: (arg: DatesSetArg) => void;
  onOpen: (item: SessionItem) => void;
  onPick: (start: string, minutes: number) => void;
}

function unlabelDayCell(arg: DayCellMountArg): void {
  if (arg.view.type === 'dayGridMonth') arg.el.removeAttribute('aria-labelledby');
}

function itemOf(arg: { event: { extendedProps: Record<string, unknown> } }): SessionItem {
  return arg.event.extendedProps.item as SessionItem;
}

export function CalendarView({ calendarRef, view, initialDate, coachZone, data, onDatesSet, onOpen, onPick }: CalendarViewProps) {
  const items = data?.items ?? EMPTY;
  const events = useMemo(() => toEvents(items), [items]);
  // Every week's read brings the working hours anew: kept by value, so FullCalendar is not
  // handed a changed option (and does not redo its options) when they are the same.
  const hoursKey = JSON.stringify(data?.workingHours ?? {});
  const hours = useMemo(() => businessHours(JSON.parse(hoursKey) as CalendarRange['workingHours']), [hoursKey]);
  // The names and zones the calls show, read when a call is drawn: the drawing function
  // itself stays the same, for the same reason.
  const context = useRef<EventContext>({ coachZone, clients: {} });
  context.current = { coachZone, clients: data?.clients ?? {} };

  const renderEvent = useCallback(
    (arg: EventContentArg) => ({ domNodes: [eventContent(itemOf(arg), context.current, arg.view.type === 'dayGridMonth')] }),
    [],
  );

  const click = useCallback(
    (arg: EventClickArg) => {
      arg.jsEvent.preventDefault();
      onOpen(itemOf(arg));
    },
    [onOpen],
  );

  const move = useCallback(
    async (arg: EventDropArg | EventResizeDoneArg) => {
      const item = itemOf(arg);
      const start = arg.event.start;
      const end = arg.event.end;
      if (!start || !end) return arg.revert();
      const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
      const startIso = instantText(start);
      const problem = await rescheduleSession(item, startIso, minutes, whenIn(startIso, instantText(end), coachZone));
      if (problem) {
        arg.revert();
        toast(problem, { tone: 'danger' });
      }
    },
    [coachZone],
  );

  const pick = useCallback(
    (arg: DateSelectArg) => {
      arg.view.calendar.unselect();
      if (arg.allDay) {
        // A day picked in the month: suggest the start of the working day.
        const start = instantOfWallTime(arg.startStr.slice(0, 10), '09:00', coachZone);
        if (start) onPick(start, 90);
      } else {
        onPick(instantText(arg.start), Math.round((arg.end.getTime() - arg.start.getTime()) / 60_000));
      }
    },
    [onPick, coachZone],
  );

  return (
    <FullCalendar
      ref={calendarRef}
      plugins={PLUGINS}
      initialView={FC_VIEWS[view]}
      initialDate={initialDate}
      timeZone={coachZone}
      headerToolbar={false}
      firstDay={1}
      height="100%"
      nowIndicator
      allDaySlot={false}
      scrollTime="07:30:00"
      slotDuration="00:30:00"
      // No slotLabelFormat: FullCalendar's default is the one wanted ("9am", "9:30am"), and
      // given one it makes two new Intl formatters for every hour label on every render
      // (some 50 to 80 ms a week).
      views={VIEW_OPTIONS}
      businessHours={hours}
      events={events}
      eventContent={renderEvent}
      eventClick={click}
      eventDrop={move}
      eventResize={move}
      eventsSet={markRendered}
      selectable
      select={pick}
      dayMaxEvents={4}
      // A month cell is named by its contents (the date, then its calls) rather than only
      // by the date, so what is seen there is also what is read and what voice control hears.
      dayCellDidMount={unlabelDayCell}
      datesSet={onDatesSet}
      // eventContent writes the time itself; FullCalendar's own time text costs two
      // Intl formatters per call on every render.
      displayEventTime={false}
    />
  );
}
