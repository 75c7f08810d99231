// The Calendar area, loaded on first visit: FullCalendar is most of its weight, and
// nobody opening Cadence on Today should wait for it.
import { lazyComponent } from '../../lib/lazyComponent.tsx';

const CalendarPage = lazyComponent(() => import('./CalendarPage.tsx'), 'default');

function Calendar() {
  return <CalendarPage />;
}

/** The area, and (as its preload) the loading of its code. */
export const CalendarScreen = Object.assign(Calendar, { preload: CalendarPage.preload });
