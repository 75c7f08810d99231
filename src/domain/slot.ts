// The weekly call slot (docs/domain.md, "Weekly call slot"): occurrences at a wall time in a
// zone, expanded the way RFC 5545 expands a weekly RRULE with a TZID, so an exported .ics
// gives the same instants in any standards-following calendar.

import { addDays, type CalendarDate, daysBetween, isCalendarDate } from './dates.ts';
import { instantText } from './instants.ts';
import { isPaused } from './periods.ts';
import { zoneOffsetMinutes } from './zone-offset.ts';

export interface Slot {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local wall time HH:mm. */
  time: string;
  timeZone: string;
  durationMinutes: number;
  intervalWeeks: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The UTC instant of a wall time in a zone. A wall time in a spring-forward gap moves
 * forward by the gap (the offset before the change applies); a repeated wall time takes
 * its first instant. Both are RFC 5545's rules for DTSTART with a TZID.
 */
export function wallTimeToInstant(date: CalendarDate, time: string, timeZone: string): Date {
  // A calendar week asks for the same few hundred wall times thousands of times (every slot
  // at 9:00 in Berlin on a Monday); the answer never changes, so it is kept.
  const key = `${date}T${time}|${timeZone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= INSTANTS_KEPT) instants.clear();
    instant = instantOf(date, time, timeZone);
    instants.set(key, instant);
  }
  return new Date(instant);
}

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A date and a wall time as typed (a form, a CSV cell) in a zone, as the UTC instant's text
 * ("2026-10-25T00:30:00Z"), by the rule of wallTimeToInstant; null unless the date is a real
 * YYYY-MM-DD and the time is HH:mm.
 */
export function instantOfWallTime(date: string, time: string, timeZone: string): string | null {
  if (!isCalendarDate(date) || !WALL_TIME.test(time)) return null;
  return instantText(wallTimeToInstant(date, time, timeZone));
}

const INSTANTS_KEPT = 100_000;
const instants = new Map<string, number>();

function instantOf(date: CalendarDate, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Almost always the offset is the same a day either side: no transition near, one instant.
  const offset = zoneOffsetMinutes(timeZone, wall - DAY);
  if (offset === zoneOffsetMinutes(timeZone, wall + DAY)) return wall - offset * MINUTE;
  const { wallAsUtc, before, candidates } = resolveWallTime(date, time, timeZone);
  return candidates[0] ?? wallAsUtc - before * MINUTE;
}

/**
 * Whether a wall time does not exist (a gap) or exists twice (a repeat) on that date.
 * Calendar readers disagree on such times, so the .ics export spells them out.
 */
export function isAmbiguousWallTime(date: CalendarDate, time: string, timeZone: string): boolean {
  return resolveWallTime(date, time, timeZone).candidates.length !== 1;
}

function resolveWallTime(date: CalendarDate, time: string, timeZone: string) {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Offsets a day either side: at most one transition lies between them.
  const before = zoneOffsetMinutes(timeZone, wallAsUtc - DAY);
  const after = zoneOffsetMinutes(timeZone, wallAsUtc + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset * MINUTE)
    .filter((instant) => wallAsUtc - zoneOffsetMinutes(timeZone, instant) * MINUTE === instant)
    .sort((a, b) => a - b);
  return { wallAsUtc, before, candidates };
}

/** ISO weekday (1–7) of a calendar date. */
export function isoWeekday(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The first date on or after `from` that falls on the slot's weekday. */
export function firstSlotDate(from: CalendarDate, weekday: number): CalendarDate {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

// The first slot date of a window, kept per (slot, window) pair: the calendar asks again for
// every agreement on every visible week, and the pair is read once and kept by the core.
const firstDates = new WeakMap<SlotWindow, { weekday: number; startDate: CalendarDate; first: CalendarDate }>();

function firstSlotDateOf(slot: Slot, window: SlotWindow): CalendarDate {
  const known = firstDates.get(window);
  if (known && known.weekday === slot.weekday && known.startDate === window.startDate) return known.first;
  const first = firstSlotDate(window.startDate, slot.weekday);
  firstDates.set(window, { weekday: slot.weekday, startDate: window.startDate, first });
  return first;
}

export interface Occurrence {
  /** The local date of the occurrence (in the slot's zone). */
  date: CalendarDate;
  start: Date;
  end: Date;
}

export interface SlotWindow {
  startDate: CalendarDate;
  /** First day the agreement is no longer in force, or null if open. */
  endDate: CalendarDate | null;
  pauses: { from: CalendarDate; to: CalendarDate }[];
}

/**
 * Occurrences whose local date lies in [from, to] (inclusive), every `intervalWeeks` weeks
 * from the first slot day on or after the start date, before the end, skipping pauses.
 */
export function slotOccurrences(slot: Slot, window: SlotWindow, from: CalendarDate, to: CalendarDate): Occurrence[] {
  if (window.endDate !== null && window.endDate <= from) return [];
  const first = firstSlotDateOf(slot, window);
  const step = 7 * slot.intervalWeeks;
  // Jump straight to the first occurrence on or after `from`.
  const skip = from > first ? Math.ceil(daysBetween(first, from) / step) : 0;
  const out: Occurrence[] = [];
  for (let date = addDays(first, skip * step); date <= to; date = addDays(date, step)) {
    if (window.endDate !== null && date >= window.endDate) break;
    if (isPaused(date, window.pauses)) continue;
    const start = wallTimeToInstant(date, slot.time, slot.timeZone);
    out.push({ date, start, end: new Date(start.getTime() + slot.durationMinutes * MINUTE) });
  }
  return out;
}
