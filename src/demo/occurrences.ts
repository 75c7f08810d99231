// Weekly slot occurrences for the generators. The instants come from the domain's own
// wallTimeToInstant (RFC 5545: wall time kept across DST, a gap moves forward, a repeated
// hour takes its first instant), so every generated `occurrenceStart` is exactly the
// instant the app expands for that slot and no slot is ever shown twice.
//
// The domain's slotOccurrences walks dates through date-fns and recomputes every offset,
// which takes ~4 s for the benchmark's 200,000 sessions. This walker steps whole days in
// UTC milliseconds and memoises instants per (date, time, zone) — many agreements share
// them — and gives the same occurrences (test/unit/demo.test.ts compares the two).

import type { CalendarDate } from '../domain/dates.ts';
import { isPaused } from '../domain/periods.ts';
import { isoWeekday, type Slot, type SlotWindow, wallTimeToInstant } from '../domain/slot.ts';

const DAY = 86_400_000;

export interface GeneratedOccurrence {
  /** The local date in the slot's zone. */
  date: CalendarDate;
  start: Date;
}

export interface OccurrenceLimits {
  /** Last local date included (inclusive). */
  to?: CalendarDate;
  /** Stop after this many occurrences. */
  limit?: number;
}

export type Expander = (slot: Slot, window: SlotWindow, limits: OccurrenceLimits) => GeneratedOccurrence[];

/** An expander with its own memo, so nothing outlives one generator run. */
export function createExpander(): Expander {
  const instants = new Map<string, number>();
  const instantOf = (date: CalendarDate, time: string, zone: string): number => {
    const key = `${date}|${time}|${zone}`;
    let at = instants.get(key);
    if (at === undefined) {
      at = wallTimeToInstant(date, time, zone).getTime();
      instants.set(key, at);
    }
    return at;
  };

  return (slot, window, { to, limit }) => {
    if (to === undefined && limit === undefined) throw new RangeError('an expansion needs `to` or `limit`');
    const [y, m, d] = window.startDate.split('-').map(Number) as [number, number, number];
    const offset = (slot.weekday - isoWeekday(window.startDate) + 7) % 7;
    const step = 7 * slot.intervalWeeks * DAY;
    const out: GeneratedOccurrence[] = [];
    for (let ms = Date.UTC(y, m - 1, d) + offset * DAY; limit === undefined || out.length < limit; ms += step) {
      const date = new Date(ms).toISOString().slice(0, 10);
      if (to !== undefined && date > to) break;
      if (window.endDate !== null && date >= window.endDate) break;
      if (window.pauses.length > 0 && isPaused(date, window.pauses)) continue;
      out.push({ date, start: new Date(instantOf(date, slot.time, slot.timeZone)) });
    }
    return out;
  };
}
