// The calendar's items for the range in view. Unlike useLiveQuery it keeps the last
// answer while the next range loads, so moving a week never blanks the grid.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type ApiError, api } from '../../api.ts';
import { watchQuery } from '../../stores/live.ts';
import type { CalendarRange } from '../sessions/types.ts';
import { markDataArrived } from './renderTiming.ts';

export function useCalendarRange(from: string, to: string, clientId: string): { data: CalendarRange | null; error: ApiError | null } {
  const [data, setData] = useState<CalendarRange | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);

  const refetch = useCallback(() => {
    if (!from || !to) return;
    const request = ++latest.current;
    void api.call('calendar.range', { from, to, ...(clientId ? { clientId } : {}) }).then((result) => {
      if (request !== latest.current) return;
      if (result.ok) {
        markDataArrived();
        // Drawn at once, in this task: a scheduled render could wait behind other work that
        // arrived meanwhile (the capacity panel's read, the address being updated).
        flushSync(() => {
          setData(result.value);
          setError(null);
        });
      } else {
        setError(result.error);
      }
    });
  }, [from, to, clientId]);

  useEffect(() => {
    refetch();
    const stop = watchQuery('calendar.range', refetch);
    return () => {
      stop();
      latest.current++;
    };
  }, [refetch]);

  return { data, error };
}
