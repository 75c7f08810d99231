// The Calendar area, loaded on first visit: FullCalendar is most of its weight, and
// nobody opening Cadence on Today should wait for it. Its preload loads that code.
import { lazyComponent } from '../../lib/lazyComponent.tsx';

export const CalendarScreen = lazyComponent(() => import('./CalendarPage.tsx'), 'default');
