import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceFile } from '../../src/api/workspace-file.ts';
import { firstSlotDate, isoWeekday, slotOccurrences, wallTimeToInstant } from '../../src/domain/slot.ts';
import { readExample } from './helpers.ts';

const iso = (d: Date) => d.toISOString().replace('.000', '');

function localWall(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

describe('wall time to instant (RFC 5545 rules)', () => {
  it.each([
    // zone, date, time, expected instant, why
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00Z', 'in the spring gap: moves forward by the gap (03:30 CEST)'],
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00Z', 'repeated: the first instant (CEST)'],
    ['Europe/Berlin', '2026-07-01', '09:00', '2026-07-01T07:00:00Z', 'summer'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00Z', 'gap: 03:30 EDT'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z', 'repeated: 01:30 EDT first'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00Z', '30-minute gap: 02:45 at +11'],
    ['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00Z', '30-minute repeat: first, at +11'],
    ['Asia/Kolkata', '2026-03-29', '18:00', '2026-03-29T12:30:00Z', 'no daylight saving'],
    ['Europe/London', '2026-03-25', '18:00', '2026-03-25T18:00:00Z', 'GMT'],
    ['Europe/London', '2026-04-01', '18:00', '2026-04-01T17:00:00Z', 'BST'],
  ])('%s %s %s → %s (%s)', (zone, date, time, expected) => {
    expect(iso(wallTimeToInstant(date, time, zone))).toBe(expected);
  });

  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Pacific/Auckland',
    'America/Sao_Paulo',
    'UTC',
  ];
  const dates = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const times = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('gives back the same wall time whenever that wall time exists, and never an earlier one', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), dates, times, (zone, date, time) => {
        const instant = wallTimeToInstant(date, time, zone);
        const wall = localWall(instant, zone);
        const wanted = `${date} ${time}`;
        if (wall === wanted) {
          // A repeated wall time must be its first instant: an hour earlier is not the same wall time.
          expect(localWall(new Date(instant.getTime() - 3_600_000), zone)).not.toBe(wanted);
          expect(localWall(new Date(instant.getTime() - 1_800_000), zone)).not.toBe(wanted);
          return;
        }
        // Otherwise it was in a gap: moved forward by at most the gap (an hour or less).
        expect(wall > wanted).toBe(true);
        const shift = (Date.parse(`${wall.replace(' ', 'T')}:00Z`) - Date.parse(`${wanted.replace(' ', 'T')}:00Z`)) / 60_000;
        expect([30, 60]).toContain(shift);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('slot occurrences', () => {
  it('finds the first slot day on or after the start', () => {
    expect(isoWeekday('2025-11-30')).toBe(7);
    expect(firstSlotDate('2025-11-30', 3)).toBe('2025-12-03');
    expect(firstSlotDate('2025-12-03', 3)).toBe('2025-12-03');
  });

  it('matches worked example B for client e1 across both daylight-saving changes', () => {
    const file = readExample() as WorkspaceFile;
    const b1 = file.agreements.find((a) => a.id === 'b1')!;
    const occurrences = slotOccurrences(
      b1.slot!,
      { startDate: b1.startDate, endDate: null, pauses: b1.pauses },
      '2025-01-01',
      '2026-12-31',
    );
    const cancelled = new Set(file.sessions.filter((s) => s.status === 'cancelled').map((s) => s.occurrenceStart));
    const starts = occurrences.map((o) => iso(o.start)).filter((s) => !cancelled.has(s) && s < '2027-01-01');
    // Wednesdays at 18:00 London: 18:00Z in winter, 17:00Z from 2026-04-01 to 2026-10-21.
    expect(starts[0]).toBe('2025-12-03T18:00:00Z');
    expect(starts).toContain('2026-03-25T18:00:00Z');
    expect(starts).toContain('2026-04-01T17:00:00Z');
    expect(starts).toContain('2026-10-21T17:00:00Z');
    expect(starts).toContain('2026-10-28T18:00:00Z');
    expect(starts).not.toContain('2025-12-31T18:00:00Z');
    expect(starts.at(-1)).toBe('2026-12-30T18:00:00Z');
    expect(starts).toHaveLength(56);
  });

  it('skips pauses, stops at the end, and honours a two-week interval', () => {
    const slot = { weekday: 1, time: '09:00', timeZone: 'Europe/Berlin', durationMinutes: 45, intervalWeeks: 2 };
    const window = { startDate: '2026-01-01', endDate: '2026-03-02', pauses: [{ from: '2026-01-20', to: '2026-01-31' }] };
    const dates = slotOccurrences(slot, window, '2026-01-01', '2026-12-31').map((o) => o.date);
    // Mondays every other week from 2026-01-05: 01-05, 01-19, 02-02, 02-16, (03-02 is the end).
    expect(dates).toEqual(['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16']);
    const ranged = slotOccurrences(slot, { ...window, endDate: null, pauses: [] }, '2026-02-10', '2026-03-20').map((o) => o.date);
    expect(ranged).toEqual(['2026-02-16', '2026-03-02', '2026-03-16']);
    const [first] = slotOccurrences(slot, window, '2026-01-05', '2026-01-05');
    expect(first!.end.getTime() - first!.start.getTime()).toBe(45 * 60_000);
  });
});
