// The calendar's items as FullCalendar events: coloured by client (a stable colour per
// client id), marked by status, draggable while the call has not happened yet.
import type { BusinessHoursInput, EventInput } from '@fullcalendar/core';
import type { CalendarRange, SessionItem } from '../sessions/types.ts';

export const CLIENT_COLOURS = 10;

/** The same client always gets the same colour (a small string hash of the id). */
export function clientColour(clientId: string): number {
  let hash = 0;
  for (let i = 0; i < clientId.length; i++) hash = (hash * 31 + clientId.charCodeAt(i)) >>> 0;
  return hash % CLIENT_COLOURS;
}

/** Calls that have not happened and are not cancelled can be moved by dragging. */
export function canMove(item: SessionItem): boolean {
  return item.status === 'planned' || item.status === 'scheduled';
}

export function toEvents(items: readonly SessionItem[]): EventInput[] {
  return items.map((item) => ({
    id: item.key,
    start: item.start,
    end: item.end,
    editable: canMove(item),
    classNames: [
      'cal-event',
      `cal-event--c${clientColour(item.clientId)}`,
      `cal-event--${item.status}`,
      ...(item.conflict ? ['cal-event--conflict'] : []),
      ...(item.lateCancel ? ['cal-event--late'] : []),
    ],
    extendedProps: { item },
  }));
}

/** Working hours by ISO weekday ("1" = Monday) as FullCalendar's business hours (0 = Sunday). */
export function businessHours(workingHours: CalendarRange['workingHours']): BusinessHoursInput {
  return Object.entries(workingHours).flatMap(([weekday, spans]) =>
    (spans ?? []).map(([startTime, endTime]) => ({ daysOfWeek: [Number(weekday) % 7], startTime, endTime })),
  );
}
