// The Revenue area, loaded on first visit: nobody opening Cadence on Today should wait for
// its charts. Its read starts on arrival, while that code is still coming.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { lazyComponent } from '../../lib/lazyComponent.tsx';
import { useStatus } from '../../stores/status.ts';
import { prefetchRevenue, revenueAsOf } from './useRevenue.ts';

const RevenueDashboard = lazyComponent(() => import('./RevenueDashboard.tsx'), 'default');

/** The code, asked for first so that the host sends it before it runs the read; then the read. */
function arrive(params: URLSearchParams): void {
  void RevenueDashboard.preload();
  prefetchRevenue(revenueAsOf(params.get('asOf'), useStatus.getState().status?.today ?? ''));
}

function Revenue() {
  const [params] = useSearchParams();
  // Once, on arrival (when the app has not started it already): later changes of the date
  // are the dashboard's own reads.
  useState(() => arrive(params));
  return <RevenueDashboard />;
}

/** The area; its preload loads its code, and arrive also starts its read. */
export const RevenueScreen = Object.assign(Revenue, { preload: RevenueDashboard.preload, arrive });
