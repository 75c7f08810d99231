// Billing periods (docs/domain.md, "Billing periods and usage"): period k starts at
// addMonths(startDate, k × periodMonths), counted from the anchor, and ends the day before
// period k+1 starts. Every expected date below is worked out on a calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.ts';
import { isPaused, period, periodIndexOn } from '../../src/domain/periods.ts';

describe('period', () => {
  // start date, months per period, index → first day, last day
  it.each<[string, string, number, number, string, string]>([
    ['a month from the 1st ends on the month’s last day', '2026-03-01', 1, 0, '2026-03-01', '2026-03-31'],
    ['February from the 1st has 28 days in 2026', '2026-02-01', 1, 0, '2026-02-01', '2026-02-28'],
    ['a mid-month start runs to the day before the same date', '2026-01-15', 1, 0, '2026-01-15', '2026-02-14'],
    ['the twelfth month of a mid-month start crosses the year', '2026-01-15', 1, 11, '2026-12-15', '2027-01-14'],
    ['from the 31st, the first period ends the day before 28 February', '2026-01-31', 1, 0, '2026-01-31', '2026-02-27'],
    ['from the 31st, the second starts on 28 February (clamped)', '2026-01-31', 1, 1, '2026-02-28', '2026-03-30'],
    ['from the 31st, the third is back on the 31st: anchored, not chained', '2026-01-31', 1, 2, '2026-03-31', '2026-04-29'],
    ['from the 31st, April has no 31st: 30 April', '2026-01-31', 1, 3, '2026-04-30', '2026-05-30'],
    ['in a leap year the second period from the 31st starts on 29 February', '2024-01-31', 1, 1, '2024-02-29', '2024-03-30'],
    ['a quarter from the 1st', '2026-03-01', 3, 0, '2026-03-01', '2026-05-31'],
    ['the fourth quarter from 1 March ends on the last day of February', '2026-03-01', 3, 3, '2026-12-01', '2027-02-28'],
    ['a quarter from 30 November ends the day before 28 February', '2026-11-30', 3, 0, '2026-11-30', '2027-02-27'],
    ['the next quarter from 30 November starts on 28 February', '2026-11-30', 3, 1, '2027-02-28', '2027-05-29'],
  ])('%s', (_, startDate, periodMonths, index, start, end) => {
    expect(period(startDate, periodMonths, index)).toEqual({ index, start, end });
  });

  it('leaves no day between one period and the next, and no day in two', () => {
    for (const [startDate, periodMonths] of [
      ['2026-01-31', 1],
      ['2026-11-30', 3],
      ['2024-02-29', 1],
    ] as const) {
      for (let index = 0; index < 30; index += 1) {
        expect(addDays(period(startDate, periodMonths, index).end, 1)).toBe(period(startDate, periodMonths, index + 1).start);
      }
    }
  });
});

describe('periodIndexOn', () => {
  // start date, months per period, date → index of the period holding the date
  it.each<[string, number, string, number]>([
    ['2026-01-31', 1, '2026-01-30', -1],
    ['2026-01-31', 1, '2025-06-01', -1],
    ['2026-01-31', 1, '2026-01-31', 0],
    ['2026-01-31', 1, '2026-02-27', 0],
    ['2026-01-31', 1, '2026-02-28', 1],
    ['2026-01-31', 1, '2026-03-30', 1],
    ['2026-01-31', 1, '2026-03-31', 2],
    ['2026-01-31', 1, '2027-01-30', 11],
    ['2026-01-31', 1, '2027-01-31', 12],
    ['2026-11-30', 3, '2027-02-27', 0],
    ['2026-11-30', 3, '2027-02-28', 1],
    ['2026-03-15', 3, '2026-06-14', 0],
    ['2026-03-15', 3, '2026-06-15', 1],
    ['2026-03-15', 3, '2029-03-15', 12],
    ['2026-03-15', 3, '2029-03-14', 11],
  ])('from %s, every %i months: %s is in period %i', (startDate, periodMonths, date, index) => {
    expect(periodIndexOn(startDate, periodMonths, date)).toBe(index);
  });

  it('names the period whose days hold the date, for any start and any date after it', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.constantFrom(1, 3), fc.integer({ min: 0, max: 3000 }), (startDate, periodMonths, daysAfter) => {
        const date = addDays(startDate, daysAfter);
        const { start, end } = period(startDate, periodMonths, periodIndexOn(startDate, periodMonths, date));
        expect(start <= date && date <= end).toBe(true);
      }),
    );
  });
});

describe('isPaused', () => {
  const march = { from: '2026-03-01', to: '2026-03-31' };
  const june = { from: '2026-06-10', to: '2026-06-10' };
  it.each<[string, { from: string; to: string }[], boolean]>([
    ['2026-02-28', [march], false],
    ['2026-03-01', [march], true],
    ['2026-03-15', [march], true],
    ['2026-03-31', [march], true],
    ['2026-04-01', [march], false],
    ['2026-06-10', [march, june], true],
    ['2026-06-11', [march, june], false],
    ['2026-03-15', [], false],
  ])('%s with %j: %s', (date, pauses, paused) => {
    expect(isPaused(date, pauses)).toBe(paused);
  });
});
