// The working-hours rules the core's schema and the settings form both apply.
import { describe, expect, it } from 'vitest';
import { type WorkingHoursInput, weeklyWorkingMinutes, workingHoursProblems } from '../../src/domain/working-hours.ts';

describe('workingHoursProblems', () => {
  it.each<[string, WorkingHoursInput, ReturnType<typeof workingHoursProblems>]>([
    ['no hours at all', {}, []],
    [
      'a working week',
      {
        1: [['09:00', '17:00']],
        2: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
        6: [],
      },
      [],
    ],
    [
      'ranges that only touch',
      {
        3: [
          ['09:00', '12:00'],
          ['12:00', '17:00'],
        ],
      },
      [],
    ],
    ['the whole day', { 7: [['00:00', '23:59']] }, []],
    [
      'two ranges that overlap: each names the other',
      {
        2: [
          ['09:00', '14:00'],
          ['12:00', '17:00'],
        ],
      },
      [
        { day: '2', range: 0, message: 'overlaps 12:00–17:00' },
        { day: '2', range: 1, message: 'overlaps 09:00–14:00' },
      ],
    ],
    [
      'a range inside another',
      {
        4: [
          ['09:00', '17:00'],
          ['10:00', '11:00'],
        ],
      },
      [
        { day: '4', range: 0, message: 'overlaps 10:00–11:00' },
        { day: '4', range: 1, message: 'overlaps 09:00–17:00' },
      ],
    ],
    ['overlaps are only looked for within a day', { 1: [['09:00', '17:00']], 2: [['09:00', '17:00']] }, []],
    ['an end before the start', { 1: [['17:00', '09:00']] }, [{ day: '1', range: 0, message: 'must end after it starts' }]],
    ['no time at all between them', { 1: [['09:00', '09:00']] }, [{ day: '1', range: 0, message: 'must end after it starts' }]],
    [
      'a backwards range is not also said to overlap',
      {
        1: [
          ['09:00', '12:00'],
          ['11:00', '10:00'],
        ],
      },
      [{ day: '1', range: 1, message: 'must end after it starts' }],
    ],
    ['a time cleared in the form', { 5: [['09:00', '']] }, [{ day: '5', range: 0, message: 'must be two times written HH:mm' }]],
    ['an hour past 23', { 5: [['09:00', '24:00']] }, [{ day: '5', range: 0, message: 'must be two times written HH:mm' }]],
    ['a one-digit hour', { 5: [['9:00', '12:00']] }, [{ day: '5', range: 0, message: 'must be two times written HH:mm' }]],
    [
      'five ranges in a day',
      {
        6: [
          ['08:00', '09:00'],
          ['10:00', '11:00'],
          ['12:00', '13:00'],
          ['14:00', '15:00'],
          ['16:00', '17:00'],
        ],
      },
      [{ day: '6', range: null, message: 'must have at most 4 ranges' }],
    ],
    [
      'a day that is no weekday',
      { 0: [['09:00', '17:00']] },
      [{ day: '0', range: null, message: 'is not a weekday (1 is Monday … 7 is Sunday)' }],
    ],
  ])('%s', (_name, hours, problems) => {
    expect(workingHoursProblems(hours)).toEqual(problems);
  });
});

describe('weeklyWorkingMinutes', () => {
  it.each<[WorkingHoursInput, number]>([
    [{}, 0],
    [{ 1: [['09:00', '17:00']] }, 480],
    // Monday to Friday 09:00–12:00 and 13:00–17:30: 7.5 hours a day.
    [
      Object.fromEntries(
        ['1', '2', '3', '4', '5'].map((day) => [
          day,
          [
            ['09:00', '12:00'],
            ['13:00', '17:30'],
          ],
        ]),
      ),
      5 * 450,
    ],
    [{ 2: [['09:15', '09:45']] }, 30],
    // While typing: a range with a time missing or backwards counts nothing.
    [
      {
        2: [
          ['09:00', ''],
          ['13:00', '14:00'],
          ['12:00', '11:00'],
        ],
      },
      60,
    ],
  ])('%j is %i minutes', (hours, minutes) => {
    expect(weeklyWorkingMinutes(hours)).toBe(minutes);
  });
});
