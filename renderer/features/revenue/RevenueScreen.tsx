// The Revenue area, loaded on first visit: its charts library is most of its weight, and
// nobody opening Cadence on Today should wait for it.
import { lazy, Suspense } from 'react';

const RevenueDashboard = lazy(() => import('./RevenueDashboard.tsx'));

export function RevenueScreen() {
  return (
    <Suspense fallback={<div className="screen" />}>
      <RevenueDashboard />
    </Suspense>
  );
}
