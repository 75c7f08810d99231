// The call reminder plan (src/domain/reminders.ts) as a pure function of the calls, the
// clock, the lead time and the coach's zone. Expected instants and texts are worked by hand:
// Berlin is UTC+1 in March until the 29th, UTC+2 after; New York UTC-5 until 8 March.
import { describe, expect, it } from 'vitest';
import { nextMidnight, planCallReminders, type ReminderCall, reminderDays, reminderKey } from '../../src/domain/reminders.ts';

const call = (start: string, status: ReminderCall['status'] = 'planned', key = `slot:a:${start}`): ReminderCall => ({
  key,
  clientId: 'c1',
  start,
  status,
});

const clients = { c1: { name: 'Ada Byrne' } };
const now = new Date('2026-03-03T08:55:00Z'); // 09:55 in Berlin

function plan(calls: ReminderCall[], options: { leadMinutes?: number; shown?: string[]; timeZone?: string; locale?: string } = {}) {
  return planCallReminders({
    calls,
    clients,
    timeZone: options.timeZone ?? 'Europe/Berlin',
    now,
    leadMinutes: options.leadMinutes ?? 10,
    locale: options.locale ?? 'en-GB',
    shown: new Set(options.shown ?? []),
  });
}

describe('planCallReminders', () => {
  it.each([
    // start, lead minutes, when the reminder shows, its text
    ['2026-03-03T10:00:00Z', 10, '2026-03-03T09:50:00Z', 'At 11:00, in 10 minutes.'],
    ['2026-03-03T10:00:00Z', 30, '2026-03-03T09:30:00Z', 'At 11:00, in 30 minutes.'],
    ['2026-03-03T23:15:00Z', 10, '2026-03-03T23:05:00Z', 'At 00:15, in 10 minutes.'], // after midnight in Berlin
    // Sooner than the lead time: at once, with the minutes actually left.
    ['2026-03-03T09:00:00Z', 10, '2026-03-03T08:55:00Z', 'At 10:00, in 5 minutes.'],
    ['2026-03-03T08:55:30Z', 10, '2026-03-03T08:55:00Z', 'At 09:55, in a minute.'],
    ['2026-03-03T08:56:00Z', 1, '2026-03-03T08:55:00Z', 'At 09:56, in a minute.'],
  ])('a call at %s with a %i-minute lead is reminded of at %s: "%s"', (start, leadMinutes, at, body) => {
    expect(plan([call(start)], { leadMinutes })).toEqual([
      { key: `slot:a:${start}@${start}`, at: new Date(at), start: new Date(start), title: 'Call with Ada Byrne', body },
    ]);
  });

  it.each([
    ['starting now', call('2026-03-03T08:55:00Z')],
    ['started', call('2026-03-03T08:00:00Z', 'scheduled', 'session:past')],
    ['cancelled', call('2026-03-03T11:00:00Z', 'cancelled', 'session:c')],
    ['logged', call('2026-03-03T11:00:00Z', 'completed', 'session:d')],
    ['missed', call('2026-03-03T11:00:00Z', 'no_show', 'session:e')],
  ])('leaves out a call %s', (_what, left) => {
    expect(plan([left])).toEqual([]);
  });

  it('orders reminders by when they show, then by start and key', () => {
    const calls = [
      call('2026-03-03T13:00:00Z', 'scheduled', 'session:s1'),
      call('2026-03-03T10:00:00Z'),
      call('2026-03-03T09:00:00Z', 'scheduled', 'session:b'), // at once, like the next one
      call('2026-03-03T09:00:00Z', 'planned', 'slot:a'),
    ];
    expect(plan(calls).map((reminder) => reminder.key)).toEqual([
      'session:b@2026-03-03T09:00:00Z',
      'slot:a@2026-03-03T09:00:00Z',
      'slot:a:2026-03-03T10:00:00Z@2026-03-03T10:00:00Z',
      'session:s1@2026-03-03T13:00:00Z',
    ]);
  });

  it('never repeats a reminder already shown, but a call moved to another time is a new one', () => {
    const shown = ['session:s1@2026-03-03T13:00:00Z'];
    expect(plan([call('2026-03-03T13:00:00Z', 'scheduled', 'session:s1')], { shown })).toEqual([]);
    expect(plan([call('2026-03-03T14:00:00Z', 'scheduled', 'session:s1')], { shown })).toHaveLength(1);
  });

  it('reads the time in the coach’s zone and locale, and names an unknown client "a client"', () => {
    const [reminder] = plan([{ ...call('2026-03-03T18:30:00Z'), clientId: 'gone' }], { timeZone: 'America/New_York', locale: 'en-US' });
    expect(reminder).toMatchObject({ title: 'Call with a client', body: 'At 01:30 PM, in 10 minutes.' });
  });
});

describe('reminderKey', () => {
  it('is the call and its start', () => {
    expect(reminderKey({ key: 'session:s1', start: '2026-03-03T13:00:00Z' })).toBe('session:s1@2026-03-03T13:00:00Z');
  });
});

describe('reminderDays', () => {
  it.each([
    ['2026-03-03T08:55:00Z', 'Europe/Berlin', '2026-03-03', '2026-03-04'],
    ['2026-03-03T23:30:00Z', 'Europe/Berlin', '2026-03-04', '2026-03-05'], // already Wednesday in Berlin
    ['2026-03-03T03:00:00Z', 'America/New_York', '2026-03-02', '2026-03-03'], // still Monday evening there
    ['2026-12-31T12:00:00Z', 'Pacific/Auckland', '2027-01-01', '2027-01-02'],
  ])('at %s in %s: %s and %s', (instant, zone, from, to) => {
    expect(reminderDays(new Date(instant), zone)).toEqual({ from, to });
  });
});

describe('nextMidnight', () => {
  it.each([
    ['2026-03-20T12:00:00Z', 'Europe/Berlin', '2026-03-20T23:00:00Z'],
    ['2026-03-29T12:00:00Z', 'Europe/Berlin', '2026-03-29T22:00:00Z'], // the night after clocks go forward
    ['2026-03-28T12:00:00Z', 'Europe/Berlin', '2026-03-28T23:00:00Z'], // the night they do
    ['2026-03-20T23:30:00Z', 'America/New_York', '2026-03-21T04:00:00Z'],
    ['2026-03-20T23:30:00Z', 'Europe/Berlin', '2026-03-21T23:00:00Z'], // already the 21st in Berlin
  ])('after %s in %s is %s', (instant, zone, midnight) => {
    expect(nextMidnight(new Date(instant), zone)).toEqual(new Date(midnight));
  });
});
