// Calendar dates as YYYY-MM-DD text (docs/domain.md, "Dates, instants and today"): which texts
// are dates and instants, anchored month arithmetic clamped to the month's end, day counts,
// and the calendar date of an instant in a zone. Every expected value is worked out on a
// calendar; none depends on the machine's zone (npm run test:tz runs them in Auckland).
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateInZone,
  dayNumber,
  dayNumberInZone,
  daysBetween,
  isCalendarDate,
  isUtcInstant,
} from '../../src/domain/dates.ts';

describe('isCalendarDate', () => {
  it.each<[string, boolean]>([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2999-12-31', true],
    ['3000-01-01', false],
    ['2026-1-01', false],
    ['2026-01-1', false],
    ['20260101', false],
    ['2026/01/01', false],
    [' 2026-01-01', false],
    ['2026-01-01T00:00:00Z', false],
    ['', false],
  ])('"%s": %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });
});

describe('isUtcInstant', () => {
  it.each<[string, boolean]>([
    ['2026-03-01T10:00:00Z', true],
    ['2026-03-01T10:00Z', true],
    ['2026-03-01T10:00:00.5Z', true],
    ['2026-03-01T10:00:00.123Z', true],
    ['2026-03-01T00:00:00Z', true],
    ['2026-03-01T23:59:59Z', true],
    ['2026-03-01T10:00:00.1234Z', false],
    ['2026-03-01T24:00:00Z', false],
    ['2026-03-01T23:60:00Z', false],
    ['2026-03-01T23:59:60Z', false],
    ['2026-02-29T10:00:00Z', false],
    ['2026-03-01T10:00:00+01:00', false],
    ['2026-03-01T10:00:00', false],
    ['2026-03-01 10:00:00Z', false],
    ['2026-03-01T10:00:00z', false],
    ['2026-03-01T1:00:00Z', false],
    ['2026-03-01', false],
  ])('"%s": %s', (text, valid) => {
    expect(isUtcInstant(text)).toBe(valid);
  });
});

describe('addMonths', () => {
  // Always from the anchor: the day of the month stays, or becomes the month's last day.
  it.each<[string, number, string]>([
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', -15, '2025-02-28'],
    ['2026-03-01', -12, '2025-03-01'],
  ])('%s + %i months is %s', (anchor, months, date) => {
    expect(addMonths(anchor, months)).toBe(date);
  });
});

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2026-03-01', 0, '2026-03-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    // The days of a daylight-saving change are days like any other.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', -1, '2026-10-24'],
    ['2026-03-01', 365, '2027-03-01'],
    ['2024-03-01', -366, '2023-03-01'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('%s + %i days is %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
  });
});

describe('daysBetween and dayNumber', () => {
  it.each<[string, string, number]>([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-01', '2026-02-28', -1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-01-01', '2027-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['1999-12-31', '2000-03-01', 61],
  ])('from %s to %s: %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(dayNumber(to) - dayNumber(from)).toBe(days);
  });

  it.each<[string, number]>([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    // 30 years of 365 days and the 7 leap days of 1972–1996.
    ['2000-01-01', 10957],
    ['2000-03-01', 10957 + 31 + 29],
  ])('%s is day %i', (date, day) => {
    expect(dayNumber(date)).toBe(day);
  });
});

describe('dateInZone', () => {
  // instant, zone → the calendar date there
  it.each<[string, string, string]>([
    ['2026-03-01T23:30:00Z', 'UTC', '2026-03-01'],
    ['2026-03-01T22:59:59Z', 'Europe/Berlin', '2026-03-01'],
    ['2026-03-01T23:00:00Z', 'Europe/Berlin', '2026-03-02'],
    // Summer time: Berlin's midnight is at 22:00Z.
    ['2026-07-01T21:59:59Z', 'Europe/Berlin', '2026-07-01'],
    ['2026-07-01T22:00:00Z', 'Europe/Berlin', '2026-07-02'],
    // The night of the spring change: midnight was still at 23:00Z.
    ['2026-03-28T23:00:00Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-03-29T21:59:59Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-30'],
    // Auckland, 13 hours ahead in March: its day starts at 11:00Z the day before.
    ['2026-03-01T10:59:59Z', 'Pacific/Auckland', '2026-03-01'],
    ['2026-03-01T11:00:00Z', 'Pacific/Auckland', '2026-03-02'],
    // Honolulu, 10 hours behind: still the previous day until 10:00Z.
    ['2026-03-01T09:59:59Z', 'Pacific/Honolulu', '2026-02-28'],
    ['2026-03-01T10:00:00Z', 'Pacific/Honolulu', '2026-03-01'],
    // Kathmandu, 5:45 ahead; Kiritimati, 14 hours ahead.
    ['2026-03-01T18:14:59Z', 'Asia/Kathmandu', '2026-03-01'],
    ['2026-03-01T18:15:00Z', 'Asia/Kathmandu', '2026-03-02'],
    ['2026-03-01T10:00:00Z', 'Pacific/Kiritimati', '2026-03-02'],
    // New Year's Eve in New York is already New Year's Day in UTC.
    ['2027-01-01T04:59:59Z', 'America/New_York', '2026-12-31'],
  ])('%s in %s is %s', (instant, timeZone, date) => {
    expect(dateInZone(new Date(instant), timeZone)).toBe(date);
    expect(dayNumberInZone(Date.parse(instant), timeZone)).toBe(dayNumber(date));
  });
});
