// Capacity (docs/domain.md, "Capacity"): working hours per ISO weekday as wall times in the
// workspace zone, the minutes booked, and the weekly start times still free for a new
// client's call in every one of the coming weeks. Worked by hand: 2 March 2026 is a Monday,
// and Berlin is UTC+1 until its summer time starts on 29 March (UTC+2).
import { describe, expect, it } from 'vitest';
import {
  availableMinutes,
  type Busy,
  bookedMinutes,
  type FreeSlot,
  freeWeeklySlots,
  type WorkingHours,
} from '../../src/domain/capacity.ts';

const weekdays: WorkingHours = {
  '1': [
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ],
  '3': [['10:00', '11:30']],
};

describe('availableMinutes', () => {
  it.each<[string, WorkingHours, string, number]>([
    ['Monday 3 h + 4 h and Wednesday 1.5 h', weekdays, '2026-03-02', 420 + 90],
    ['a week counted from a Wednesday still holds one Monday', weekdays, '2026-03-04', 420 + 90],
    ['no working hours', {}, '2026-03-02', 0],
    ['a weekday with an empty list', { '2': [] }, '2026-03-02', 0],
    ['half an hour on Saturdays and Sundays', { '6': [['08:00', '08:30']], '7': [['18:00', '18:30']] }, '2026-03-02', 60],
    ['every weekday 9 to 5', Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [['09:00', '17:00']]])), '2026-03-23', 5 * 480],
  ])('%s', (_, hours, weekStart, minutes) => {
    expect(availableMinutes(hours, weekStart)).toBe(minutes);
  });
});

describe('bookedMinutes', () => {
  it.each<[string, Busy[], number]>([
    ['nothing booked', [], 0],
    ['one 45-minute call', [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T09:45:00Z' }], 45],
    [
      'a call and a 90-minute session',
      [
        { start: '2026-03-02T09:00:00Z', end: '2026-03-02T09:45:00Z' },
        { start: '2026-03-04T14:00:00Z', end: '2026-03-04T15:30:00Z' },
      ],
      135,
    ],
    ['a session across midnight', [{ start: '2026-03-02T23:30:00Z', end: '2026-03-03T00:15:00Z' }], 45],
  ])('%s', (_, busy, minutes) => {
    expect(bookedMinutes(busy)).toBe(minutes);
  });
});

describe('freeWeeklySlots', () => {
  const mondayMorning: WorkingHours = { '1': [['09:00', '11:00']] };
  const slot = (weekday: number, time: string): FreeSlot => ({ weekday, time });

  // hours, busy, week start, weeks, call length, zone → free start times
  it.each<[string, WorkingHours, Busy[], string, number, number, string, FreeSlot[]]>([
    [
      'every 30 minutes from the start of the hours while a 45-minute call still fits',
      mondayMorning,
      [],
      '2026-03-02',
      1,
      45,
      'Europe/Berlin',
      [slot(1, '09:00'), slot(1, '09:30'), slot(1, '10:00')],
    ],
    [
      'a 60-minute call fits at 10:00 exactly, ending with the hours',
      mondayMorning,
      [],
      '2026-03-02',
      1,
      60,
      'Europe/Berlin',
      [slot(1, '09:00'), slot(1, '09:30'), slot(1, '10:00')],
    ],
    [
      'a call 09:00–09:45 Berlin (08:00Z) on the second Monday takes 09:00 and 09:30 away',
      mondayMorning,
      [{ start: '2026-03-09T08:00:00Z', end: '2026-03-09T08:45:00Z' }],
      '2026-03-02',
      2,
      45,
      'Europe/Berlin',
      [slot(1, '10:00')],
    ],
    [
      'a call in a week that is not asked about changes nothing',
      mondayMorning,
      [{ start: '2026-03-09T08:00:00Z', end: '2026-03-09T08:45:00Z' }],
      '2026-03-02',
      1,
      45,
      'Europe/Berlin',
      [slot(1, '09:00'), slot(1, '09:30'), slot(1, '10:00')],
    ],
    [
      'a call that ends as the slot starts, or starts as it ends, leaves it free',
      mondayMorning,
      [
        { start: '2026-03-02T07:30:00Z', end: '2026-03-02T08:00:00Z' },
        { start: '2026-03-02T09:45:00Z', end: '2026-03-02T10:00:00Z' },
      ],
      '2026-03-02',
      1,
      45,
      'Europe/Berlin',
      [slot(1, '09:00'), slot(1, '09:30'), slot(1, '10:00')],
    ],
    [
      'after the change to summer time 09:00 Berlin is 07:00Z: a call there takes the slot',
      mondayMorning,
      [{ start: '2026-03-30T07:00:00Z', end: '2026-03-30T07:45:00Z' }],
      '2026-03-23',
      2,
      45,
      'Europe/Berlin',
      [slot(1, '10:00')],
    ],
    [
      'the same instant before the change is 08:00 Berlin, outside the hours',
      mondayMorning,
      [{ start: '2026-03-23T07:00:00Z', end: '2026-03-23T07:45:00Z' }],
      '2026-03-23',
      2,
      45,
      'Europe/Berlin',
      [slot(1, '09:00'), slot(1, '09:30'), slot(1, '10:00')],
    ],
    [
      'the hours are wall times in the zone asked for: 09:00 in New York is 14:00Z in March before its change',
      mondayMorning,
      [{ start: '2026-03-02T14:00:00Z', end: '2026-03-02T14:30:00Z' }],
      '2026-03-02',
      1,
      45,
      'America/New_York',
      [slot(1, '09:30'), slot(1, '10:00')],
    ],
    [
      'weekdays in order, times in order, whatever order the hours are given in',
      { '3': [['14:00', '15:00']], '1': [['16:00', '17:00']], '7': [['10:00', '10:45']] },
      [],
      '2026-03-04',
      1,
      45,
      'Europe/Berlin',
      [slot(1, '16:00'), slot(3, '14:00'), slot(7, '10:00')],
    ],
    [
      'two separate intervals on one day give each start time once',
      {
        '2': [
          ['09:00', '10:00'],
          ['10:00', '11:00'],
        ],
      },
      [],
      '2026-03-02',
      1,
      30,
      'Europe/Berlin',
      [slot(2, '09:00'), slot(2, '09:30'), slot(2, '10:00'), slot(2, '10:30')],
    ],
    ['hours shorter than the call offer nothing', { '5': [['09:00', '09:30']] }, [], '2026-03-02', 4, 45, 'Europe/Berlin', []],
  ])('%s', (_, hours, busy, weekStart, weeks, lengthMinutes, timeZone, free) => {
    expect(freeWeeklySlots(hours, busy, weekStart, weeks, lengthMinutes, timeZone)).toEqual(free);
  });

  it('steps on the grid it is given', () => {
    expect(freeWeeklySlots({ '1': [['09:00', '10:00']] }, [], '2026-03-02', 1, 30, 'UTC', 15)).toEqual([
      slot(1, '09:00'),
      slot(1, '09:15'),
      slot(1, '09:30'),
    ]);
  });
});
