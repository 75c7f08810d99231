// The Calendar area, loaded on first visit: FullCalendar is most of its weight, and
// nobody opening Cadence on Today should wait for it.
import { lazy, Suspense } from 'react';

const CalendarPage = lazy(() => import('./CalendarPage.tsx'));

export function CalendarScreen() {
  return (
    <Suspense fallback={<div className="screen" />}>
      <CalendarPage />
    </Suspense>
  );
}
