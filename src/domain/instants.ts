// Instants as text. Cadence stores and compares instants as UTC ISO text with whole
// seconds and no milliseconds ("2026-03-02T09:00:00Z", as the workspace file writes them);
// every instant written as text is made here, so stored text, computed text and the bounds
// of a query compare as the instants do.
import type { CalendarDate } from './dates.ts';

const WALL_TIME = /^(\d{2}):(\d{2})$/;

/**
 * An instant as Cadence writes it: "2026-03-02T09:00:00Z". An instant with milliseconds
 * keeps them ("2026-03-02T09:00:00.250Z"), so an instant read and written again is
 * unchanged; a timestamp of the clock has none (`timestampText`).
 */
export function instantText(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const text = new Date(ms).toISOString();
  return ms % 1000 === 0 ? `${text.slice(0, 19)}Z` : text;
}

/** The clock's instant as a timestamp (created, updated, sent, signed) is stored: to the whole second. */
export function timestampText(now: Date | number): string {
  const ms = typeof now === 'number' ? now : now.getTime();
  return instantText(ms - (((ms % 1000) + 1000) % 1000));
}

/** The instant at a wall time of a calendar date in UTC (midnight by default): "2026-03-02T00:00:00Z". */
export function utcInstantText(date: CalendarDate, time = '00:00'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = WALL_TIME.exec(time);
  if (!wall) throw new RangeError(`not a wall time: ${time}`);
  return instantText(Date.UTC(y, m - 1, d) + (Number(wall[1]) * 60 + Number(wall[2])) * 60_000);
}
