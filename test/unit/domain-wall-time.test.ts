// A date and wall time typed in a zone become one instant, by one rule for the forms, the
// CSV import and the weekly slot (RFC 5545's rule for a DTSTART with a TZID):
// - a wall time that happens twice (the autumn change) is its FIRST instant, still on
//   summer time: 02:30 in Berlin on 2026-10-25 is 00:30Z, not 01:30Z;
// - a wall time that does not happen (the spring gap) moves forward by the gap: 02:30 in
//   Berlin on 2026-03-29 is 03:30 summer time, 01:30Z.
// The expected instants are worked by hand from the zones' offsets.
import { describe, expect, it } from 'vitest';
import { addDays, mondayOf } from '../../src/domain/dates.ts';
import { instantOfWallTime, isAmbiguousWallTime } from '../../src/domain/slot.ts';

describe('instantOfWallTime', () => {
  it.each([
    // Plain days: winter (UTC+1) and summer (UTC+2) in Berlin.
    ['2026-01-15', '10:00', 'Europe/Berlin', '2026-01-15T09:00:00Z'],
    ['2026-07-01', '10:00', 'Europe/Berlin', '2026-07-01T08:00:00Z'],
    ['2026-07-01', '00:15', 'Europe/Berlin', '2026-06-30T22:15:00Z'],
    // Autumn in Berlin: 03:00 summer time becomes 02:00 winter time at 01:00Z.
    ['2026-10-25', '01:59', 'Europe/Berlin', '2026-10-24T23:59:00Z'],
    ['2026-10-25', '02:00', 'Europe/Berlin', '2026-10-25T00:00:00Z'],
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00Z'],
    ['2026-10-25', '03:00', 'Europe/Berlin', '2026-10-25T02:00:00Z'],
    // Spring in Berlin: 02:00 winter time becomes 03:00 summer time at 01:00Z.
    ['2026-03-29', '01:59', 'Europe/Berlin', '2026-03-29T00:59:00Z'],
    ['2026-03-29', '02:00', 'Europe/Berlin', '2026-03-29T01:00:00Z'],
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00Z'],
    ['2026-03-29', '03:30', 'Europe/Berlin', '2026-03-29T01:30:00Z'],
    // New York (UTC-4 in summer, UTC-5 in winter).
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00Z'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00Z'],
    // Lord Howe changes by half an hour: 02:00 (UTC+11) becomes 01:30 (UTC+10:30).
    ['2026-04-05', '01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00Z'],
    ['2026-01-10', '09:00', 'UTC', '2026-01-10T09:00:00Z'],
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(instantOfWallTime(date, time, zone)).toBe(instant);
  });

  it('names the autumn and spring times as ones calendars read differently', () => {
    expect(isAmbiguousWallTime('2026-10-25', '02:30', 'Europe/Berlin')).toBe(true);
    expect(isAmbiguousWallTime('2026-03-29', '02:30', 'Europe/Berlin')).toBe(true);
    expect(isAmbiguousWallTime('2026-10-25', '03:30', 'Europe/Berlin')).toBe(false);
  });

  it.each([
    ['', '10:00'],
    ['2026-10-25', ''],
    ['2026-02-30', '10:00'],
    ['2026-1-5', '10:00'],
    ['2026-10-25', '24:00'],
    ['2026-10-25', '10:60'],
    ['2026-10-25', '9:00'],
    ['2026-10-25', '10:00:00'],
  ])('gives null for %j at %j', (date, time) => {
    expect(instantOfWallTime(date, time, 'Europe/Berlin')).toBeNull();
  });
});

describe('mondayOf', () => {
  it.each([
    ['2026-03-02', '2026-03-02'], // a Monday
    ['2026-03-04', '2026-03-02'], // Wednesday
    ['2026-03-08', '2026-03-02'], // Sunday
    ['2026-03-01', '2026-02-23'], // Sunday, back across a month
    ['2027-01-01', '2026-12-28'], // Friday, back across a year
    ['2024-03-01', '2024-02-26'], // Friday after a leap day
  ])('the Monday of %s is %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'], // the spring change is a whole day like any other
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -91, '2025-11-30'],
  ])('%s + %i days is %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
  });
});
