// The Revenue area, loaded on first visit: its charts library is most of its weight, and
// nobody opening Cadence on Today should wait for it. Its reads start at once, while that
// code is still arriving.
import { Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { lazyComponent } from '../../lib/lazyComponent.tsx';
import { useStatus } from '../../stores/status.ts';
import { prefetchRevenue, revenueAsOf } from './useRevenue.ts';

const RevenueDashboard = lazyComponent(() => import('./RevenueDashboard.tsx'), 'default');

function Revenue() {
  const today = useStatus((state) => state.status?.today ?? '');
  const [params] = useSearchParams();
  // Once, on arrival: later changes of the date are the dashboard's own reads.
  useState(() => prefetchRevenue(revenueAsOf(params.get('asOf'), today)));
  return (
    <Suspense fallback={<div className="screen" />}>
      <RevenueDashboard />
    </Suspense>
  );
}

/** The area, and (as its preload) the loading of its code. */
export const RevenueScreen = Object.assign(Revenue, { preload: RevenueDashboard.preload });
