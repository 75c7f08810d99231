// The usage ledger (docs/domain.md, "Sessions" and "Billing periods and usage"): what a session
// counts, the periods listed, rollover used first and capped, overage rounded up to the increment
// and priced once, the 80 % and 100 % warnings and the pace. Every expected figure below is
// worked out by hand from those rules.
import { describe, expect, it } from 'vitest';
import {
  burnRate,
  deliveredMinutesOf,
  isLateCancel,
  ledgerPeriods,
  type UsageAgreement,
  type UsagePeriod,
  type UsageSession,
  type UsageWorkLog,
  usageLedger,
  usageWarning,
} from '../../src/domain/usage.ts';

/** Pay for Work from 31 January, monthly: 120 minutes, up to 60 roll over, overage 9000 an hour (2250 per 15 minutes). */
const work: UsageAgreement = {
  kind: 'work',
  status: 'active',
  startDate: '2026-01-31',
  termMonths: null,
  autoRenew: true,
  noticeDays: 30,
  cancellation: null,
  periodMonths: 1,
  includedMinutes: 120,
  rolloverCapMinutes: 60,
  overageRateMinorPerHour: 9000,
  overageIncrementMinutes: 15,
  fairUseMinutes: null,
  pauses: [],
};
const access: UsageAgreement = { ...work, kind: 'access', includedMinutes: null, fairUseMinutes: 240 };

/** A completed 45-minute session with no actual time entered, unless overridden. */
const session = (start: string, overrides: Partial<UsageSession> = {}): UsageSession => ({
  start,
  plannedMinutes: 45,
  actualMinutes: null,
  status: 'completed',
  cancelledAt: null,
  cancelledBy: null,
  ...overrides,
});
const cancelled = (start: string, cancelledAt: string, cancelledBy: 'client' | 'coach' = 'client'): UsageSession =>
  session(start, { status: 'cancelled', cancelledAt, cancelledBy });
const log = (date: string, minutes: number): UsageWorkLog => ({ date, minutes });

const START = '2026-03-10T10:00:00Z';

describe('isLateCancel', () => {
  // session, lateCancelHours → late?
  it.each<[string, UsageSession, number, boolean]>([
    ['exactly 24 hours before the start is in time', cancelled(START, '2026-03-09T10:00:00.000Z'), 24, false],
    ['a millisecond under 24 hours before is late', cancelled(START, '2026-03-09T10:00:00.001Z'), 24, true],
    ['a millisecond over 24 hours before is in time', cancelled(START, '2026-03-09T09:59:59.999Z'), 24, false],
    ['23 hours 59 minutes before is late', cancelled(START, '2026-03-09T10:01:00Z'), 24, true],
    ['a day and a half before is in time', cancelled(START, '2026-03-08T22:00:00Z'), 24, false],
    ['an hour before is late', cancelled(START, '2026-03-10T09:00:00Z'), 24, true],
    ['at the start itself is late', cancelled(START, START), 24, true],
    ['with a 48-hour rule, 47 hours before is late', cancelled(START, '2026-03-08T11:00:00Z'), 48, true],
    ['with a 48-hour rule, exactly 48 hours before is in time', cancelled(START, '2026-03-08T10:00:00Z'), 48, false],
    ['with a 1-hour rule, 59 minutes before is late', cancelled(START, '2026-03-10T09:01:00Z'), 1, true],
    ['with a 1-hour rule, exactly an hour before is in time', cancelled(START, '2026-03-10T09:00:00Z'), 1, false],
    ['with a 0-hour rule, even at the start is in time', cancelled(START, START), 0, false],
    [
      '24 elapsed hours across the spring change in London are in time (the wall clock moved 25)',
      cancelled('2026-03-29T10:00:00Z', '2026-03-28T10:00:00Z'),
      24,
      false,
    ],
    ['the coach cancelling an hour before is never late', cancelled(START, '2026-03-10T09:00:00Z', 'coach'), 24, false],
    ['a client cancellation with no time is not late', session(START, { status: 'cancelled', cancelledBy: 'client' }), 24, false],
    ['a no-show is not a cancellation', session(START, { status: 'no_show', cancelledAt: START, cancelledBy: 'client' }), 24, false],
    ['a completed session is not a cancellation', session(START, { actualMinutes: 45 }), 24, false],
  ])('%s', (_, s, hours, late) => {
    expect(isLateCancel(s, hours)).toBe(late);
  });
});

describe('deliveredMinutesOf', () => {
  // session, lateCancelHours → minutes delivered
  it.each<[string, UsageSession, number, number]>([
    ['completed: its actual minutes, more than planned', session(START, { actualMinutes: 50 }), 24, 50],
    ['completed: its actual minutes, fewer than planned', session(START, { actualMinutes: 30 }), 24, 30],
    ['completed with no actual time: the planned 45', session(START), 24, 45],
    ['completed with an actual time of 0: 0, as entered', session(START, { actualMinutes: 0 }), 24, 0],
    ['a no-show: the planned 45', session(START, { status: 'no_show' }), 24, 45],
    ['a no-show of a 60-minute session: 60', session(START, { status: 'no_show', plannedMinutes: 60 }), 24, 60],
    ['a late cancel by the client, 2 hours before: the planned 45', cancelled(START, '2026-03-10T08:00:00Z'), 24, 45],
    ['a client cancellation exactly 24 hours before: nothing', cancelled(START, '2026-03-09T10:00:00Z'), 24, 0],
    ['a client cancellation three days before: nothing', cancelled(START, '2026-03-07T10:00:00Z'), 24, 0],
    ['a client cancellation 30 hours before under a 48-hour rule: 45', cancelled(START, '2026-03-09T04:00:00Z'), 48, 45],
    ['the coach cancelling an hour before: nothing', cancelled(START, '2026-03-10T09:00:00Z', 'coach'), 24, 0],
    ['a session still scheduled: nothing', session(START, { status: 'scheduled' }), 24, 0],
  ])('%s', (_, s, hours, minutes) => {
    expect(deliveredMinutesOf(s, hours)).toBe(minutes);
  });
});

describe('ledgerPeriods', () => {
  // changes to the agreement (monthly from 31 January, open-ended), asOf → [first day, last day] of each period
  it.each<[string, Partial<UsageAgreement>, string, [string, string][]]>([
    ['none before the start date', {}, '2026-01-30', []],
    ['the first period on the start date', {}, '2026-01-31', [['2026-01-31', '2026-02-27']]],
    ['still the first period on its last day', {}, '2026-02-27', [['2026-01-31', '2026-02-27']]],
    [
      'month-end anchors: 31 January, 28 February, 31 March, 30 April',
      {},
      '2026-05-30',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
        ['2026-03-31', '2026-04-29'],
        ['2026-04-30', '2026-05-30'],
      ],
    ],
    [
      'back on the 31st in May',
      {},
      '2026-05-31',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
        ['2026-03-31', '2026-04-29'],
        ['2026-04-30', '2026-05-30'],
        ['2026-05-31', '2026-06-29'],
      ],
    ],
    [
      'a leap year: the second period starts on 29 February',
      { startDate: '2024-01-31' },
      '2024-03-30',
      [
        ['2024-01-31', '2024-02-28'],
        ['2024-02-29', '2024-03-30'],
      ],
    ],
    [
      'quarters from 30 November: the second starts on 28 February',
      { startDate: '2026-11-30', periodMonths: 3 },
      '2027-03-01',
      [
        ['2026-11-30', '2027-02-27'],
        ['2027-02-28', '2027-05-29'],
      ],
    ],
    [
      'a 3-month term without renewal ends on 30 April, whatever asOf',
      { termMonths: 3, autoRenew: false },
      '2026-12-31',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
        ['2026-03-31', '2026-04-29'],
      ],
    ],
    [
      'a renewing 3-month term runs on',
      { termMonths: 3, autoRenew: true },
      '2026-06-15',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
        ['2026-03-31', '2026-04-29'],
        ['2026-04-30', '2026-05-30'],
        ['2026-05-31', '2026-06-29'],
      ],
    ],
    [
      'a cancellation effective on a period’s first day leaves that period out',
      { cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-03-31' } },
      '2026-06-01',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
      ],
    ],
    [
      'a cancellation effective mid-period keeps the period it falls in',
      { cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-03-15' } },
      '2026-06-01',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
      ],
    ],
    [
      'the term’s end when it comes before the cancellation',
      { termMonths: 3, autoRenew: false, cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-05-15' } },
      '2026-06-01',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
        ['2026-03-31', '2026-04-29'],
      ],
    ],
    [
      'the cancellation when it comes before the term’s end',
      { termMonths: 6, autoRenew: false, cancellation: { noticeGivenOn: '2026-02-01', effectiveDate: '2026-02-28' } },
      '2026-06-01',
      [['2026-01-31', '2026-02-27']],
    ],
    [
      'a paused period is still listed',
      { pauses: [{ from: '2026-02-28', to: '2026-03-30' }] },
      '2026-03-31',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
        ['2026-03-31', '2026-04-29'],
      ],
    ],
    [
      'an ended agreement is listed all the same',
      { status: 'ended' },
      '2026-03-01',
      [
        ['2026-01-31', '2026-02-27'],
        ['2026-02-28', '2026-03-30'],
      ],
    ],
  ])('%s', (_, changes, asOf, periods) => {
    expect(ledgerPeriods({ ...work, ...changes }, asOf)).toEqual(periods.map(([start, end], index) => ({ index, start, end })));
  });
});

describe('usageLedger', () => {
  // first day, included, rollover in, delivered, overage minutes, overage (minor), rollover out
  type Row = [string, number, number, number, number, number, number];
  const P0 = '2026-01-31';
  const P1 = '2026-02-28';
  const P2 = '2026-03-31';

  it.each<[string, UsageAgreement, UsageSession[], UsageWorkLog[], string, string, Row[]]>([
    [
      'unused minutes under the cap roll out',
      work,
      [],
      [log('2026-02-05', 90)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 90, 0, 0, 30]],
    ],
    [
      'unused minutes above the cap are capped at 60',
      work,
      [],
      [log('2026-02-05', 30)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 30, 0, 0, 60]],
    ],
    [
      'without a cap nothing rolls over',
      { ...work, rolloverCapMinutes: null },
      [],
      [log('2026-02-05', 30)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 30, 0, 0, 0]],
    ],
    [
      'exactly the allowance: no overage, nothing rolls',
      work,
      [],
      [log('2026-02-05', 120)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 120, 0, 0, 0]],
    ],
    [
      'one minute over is billed as 15: 2250',
      work,
      [],
      [log('2026-02-05', 121)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 121, 15, 2250, 0]],
    ],
    [
      '15 over is exactly one increment',
      work,
      [],
      [log('2026-02-05', 135)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 135, 15, 2250, 0]],
    ],
    [
      '16 over is two increments: 30 minutes, 4500',
      work,
      [],
      [log('2026-02-05', 136)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 136, 30, 4500, 0]],
    ],
    [
      'a 10-minute increment: 1 over is 10 minutes, 1500',
      { ...work, overageIncrementMinutes: 10 },
      [],
      [log('2026-02-05', 121)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 121, 10, 1500, 0]],
    ],
    [
      'no increment set means 15',
      { ...work, overageIncrementMinutes: null },
      [],
      [log('2026-02-05', 122)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 122, 15, 2250, 0]],
    ],
    [
      'no overage rate: the minutes are counted, nothing is charged',
      { ...work, overageRateMinorPerHour: null },
      [],
      [log('2026-02-05', 121)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 121, 15, 0, 0]],
    ],
    [
      '1 minute at 150 an hour is 2.5: half rounds up to 3',
      { ...work, overageIncrementMinutes: 1, overageRateMinorPerHour: 150 },
      [],
      [log('2026-02-05', 121)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 121, 1, 3, 0]],
    ],
    [
      '1 minute at 149 an hour is 2.48: rounds down to 2',
      { ...work, overageIncrementMinutes: 1, overageRateMinorPerHour: 149 },
      [],
      [log('2026-02-05', 121)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 121, 1, 2, 0]],
    ],
    [
      '45 minutes over at 100 an hour: 75',
      { ...work, overageRateMinorPerHour: 100 },
      [],
      [log('2026-02-05', 165)],
      'Europe/London',
      '2026-02-10',
      [[P0, 120, 0, 165, 45, 75, 0]],
    ],
    [
      'the rollover is used first: 150 uses the 60 carried in, then 90 of 120, so 30 roll out',
      work,
      [],
      [log('2026-03-10', 150)],
      'Europe/London',
      '2026-03-15',
      [
        [P0, 120, 0, 0, 0, 0, 60],
        [P1, 120, 60, 150, 0, 0, 30],
      ],
    ],
    [
      'a rollover is carried one period only',
      work,
      [],
      [log('2026-04-01', 170)],
      'Europe/London',
      '2026-04-01',
      [
        [P0, 120, 0, 0, 0, 0, 60],
        [P1, 120, 60, 0, 0, 0, 60],
        [P2, 120, 60, 170, 0, 0, 10],
      ],
    ],
    [
      'the rollover raises the allowance: 190 of 180 is 10 over, billed as 15',
      work,
      [],
      [log('2026-03-10', 190)],
      'Europe/London',
      '2026-03-15',
      [
        [P0, 120, 0, 0, 0, 0, 60],
        [P1, 120, 60, 190, 15, 2250, 0],
      ],
    ],
    [
      'a period’s last day counts in it, the next day in the next period',
      work,
      [],
      [log('2026-02-27', 30), log('2026-02-28', 50)],
      'Europe/London',
      '2026-02-28',
      [
        [P0, 120, 0, 30, 0, 0, 60],
        [P1, 120, 60, 50, 0, 0, 60],
      ],
    ],
    [
      'work before the start date or after asOf is not counted',
      work,
      [],
      [log('2026-01-30', 500), log('2026-02-28', 500)],
      'Europe/London',
      '2026-02-27',
      [[P0, 120, 0, 0, 0, 0, 60]],
    ],
    [
      'a paused period has no included minutes but uses the rollover carried in',
      { ...work, pauses: [{ from: '2026-02-28', to: '2026-03-30' }] },
      [],
      [log('2026-03-10', 50)],
      'Europe/London',
      '2026-03-31',
      [
        [P0, 120, 0, 0, 0, 0, 60],
        [P1, 0, 60, 50, 0, 0, 0],
        [P2, 120, 0, 0, 0, 0, 60],
      ],
    ],
    [
      'work in a paused period without rollover is all overage: 20 minutes billed as 30',
      { ...work, rolloverCapMinutes: null, pauses: [{ from: '2026-01-31', to: '2026-02-27' }] },
      [],
      [log('2026-02-05', 20)],
      'Europe/London',
      '2026-02-10',
      [[P0, 0, 0, 20, 30, 4500, 0]],
    ],
    [
      'a pause that starts mid-period pauses the period whose first day it covers',
      { ...work, rolloverCapMinutes: null, pauses: [{ from: '2026-02-10', to: '2026-03-05' }] },
      [],
      [log('2026-02-12', 60), log('2026-03-02', 60)],
      'Europe/London',
      '2026-03-31',
      [
        [P0, 120, 0, 60, 0, 0, 0],
        [P1, 0, 0, 60, 60, 9000, 0],
        [P2, 120, 0, 0, 0, 0, 0],
      ],
    ],
    [
      'sessions and work logs add up: 50 + 45 + 45 + 45 + 0 + 0 + 0 + 20 = 205, 85 over billed as 90',
      work,
      [
        session('2026-02-03T10:00:00Z', { actualMinutes: 50 }),
        session('2026-02-10T10:00:00Z'),
        session('2026-02-17T10:00:00Z', { status: 'no_show' }),
        cancelled('2026-02-24T10:00:00Z', '2026-02-24T08:00:00Z'),
        cancelled('2026-02-26T10:00:00Z', '2026-02-23T10:00:00Z'),
        cancelled('2026-02-25T10:00:00Z', '2026-02-25T09:00:00Z', 'coach'),
        session('2026-02-27T10:00:00Z', { status: 'scheduled' }),
      ],
      [log('2026-02-20', 20)],
      'Europe/London',
      '2026-02-27',
      [[P0, 120, 0, 205, 90, 13_500, 0]],
    ],
    [
      '23:30 UTC on 27 February is 27 February in London',
      work,
      [session('2026-02-27T23:30:00Z', { actualMinutes: 60 })],
      [],
      'Europe/London',
      '2026-02-28',
      [
        [P0, 120, 0, 60, 0, 0, 60],
        [P1, 120, 60, 0, 0, 0, 60],
      ],
    ],
    [
      '23:30 UTC on 27 February is 28 February in Auckland, the next period',
      work,
      [session('2026-02-27T23:30:00Z', { actualMinutes: 60 })],
      [],
      'Pacific/Auckland',
      '2026-02-28',
      [
        [P0, 120, 0, 0, 0, 0, 60],
        [P1, 120, 60, 60, 0, 0, 60],
      ],
    ],
    [
      'on summer time in London, 23:30 UTC on 30 March is 31 March, the third period',
      { ...work, rolloverCapMinutes: null },
      [session('2026-03-30T23:30:00Z', { actualMinutes: 60 })],
      [],
      'Europe/London',
      '2026-03-31',
      [
        [P0, 120, 0, 0, 0, 0, 0],
        [P1, 120, 0, 0, 0, 0, 0],
        [P2, 120, 0, 60, 0, 0, 0],
      ],
    ],
    [
      'the same instant is 30 March in New York, the second period',
      { ...work, rolloverCapMinutes: null },
      [session('2026-03-30T23:30:00Z', { actualMinutes: 60 })],
      [],
      'America/New_York',
      '2026-03-31',
      [
        [P0, 120, 0, 0, 0, 0, 0],
        [P1, 120, 0, 60, 0, 0, 0],
        [P2, 120, 0, 0, 0, 0, 0],
      ],
    ],
    [
      'quarterly from 30 November: 27 February is in the first quarter, 28 February in the second',
      { ...work, startDate: '2026-11-30', periodMonths: 3 },
      [],
      [log('2027-02-27', 200), log('2027-02-28', 100)],
      'Europe/London',
      '2027-03-01',
      [
        ['2026-11-30', 120, 0, 200, 90, 13_500, 0],
        ['2027-02-28', 120, 0, 100, 0, 0, 20],
      ],
    ],
    [
      'Pay for Access reports its fair use and never rolls over or bills',
      access,
      [],
      [log('2026-02-05', 300), log('2026-03-01', 30)],
      'Europe/London',
      '2026-03-01',
      [
        [P0, 240, 0, 300, 0, 0, 0],
        [P1, 240, 0, 30, 0, 0, 0],
      ],
    ],
    [
      'Pay for Access without a fair use reports 0',
      { ...access, fairUseMinutes: null },
      [],
      [log('2026-02-05', 300)],
      'Europe/London',
      '2026-02-10',
      [[P0, 0, 0, 300, 0, 0, 0]],
    ],
    [
      'Pay for Access in a paused period reports 0',
      { ...access, pauses: [{ from: '2026-02-28', to: '2026-03-30' }] },
      [],
      [log('2026-03-01', 30)],
      'Europe/London',
      '2026-03-01',
      [
        [P0, 240, 0, 0, 0, 0, 0],
        [P1, 0, 0, 30, 0, 0, 0],
      ],
    ],
  ])('%s', (_, agreement, sessions, workLogs, timeZone, asOf, rows) => {
    const ledger = usageLedger(agreement, sessions, workLogs, { timeZone, lateCancelHours: 24 }, asOf);
    expect(
      ledger.map((r) => [
        r.start,
        r.includedMinutes,
        r.rolloverInMinutes,
        r.deliveredMinutes,
        r.overageMinutes,
        r.overageMinor,
        r.rolloverOutMinutes,
      ]),
    ).toEqual(rows);
  });
});

/** A ledger row of March 2026 with the given allowance and delivered minutes. */
const march = (includedMinutes: number, rolloverInMinutes: number, deliveredMinutes: number): UsagePeriod => ({
  start: '2026-03-01',
  end: '2026-03-31',
  includedMinutes,
  rolloverInMinutes,
  deliveredMinutes,
  overageMinutes: 0,
  overageMinor: 0,
  rolloverOutMinutes: 0,
});

describe('usageWarning', () => {
  // agreement, included, rollover in, delivered → warning level and share used, or none
  it.each<[string, UsageAgreement, number, number, number, [80 | 100, number] | null]>([
    ['79 of 100 is under 80 %', work, 100, 0, 79, null],
    ['80 of 100 warns at 80 %', work, 100, 0, 80, [80, 0.8]],
    ['99 of 100 still warns at 80 %', work, 100, 0, 99, [80, 0.99]],
    ['100 of 100 warns at 100 %', work, 100, 0, 100, [100, 1]],
    ['150 of 100 warns at 100 %', work, 100, 0, 150, [100, 1.5]],
    ['the rollover is part of the allowance: 119 of 120 + 30 is under 80 %', work, 120, 30, 119, null],
    ['120 of 120 + 30 is 80 %', work, 120, 30, 120, [80, 0.8]],
    ['150 of 120 + 30 is 100 %', work, 120, 30, 150, [100, 1]],
    ['a paused period with no rollover has no allowance to measure against', work, 0, 0, 30, null],
    ['nothing included and nothing delivered', work, 0, 0, 0, null],
    ['Pay for Access: 192 of a 240 fair use is 80 %', access, 240, 0, 192, [80, 0.8]],
    ['Pay for Access: 191 of 240 is under 80 %', access, 240, 0, 191, null],
    ['Pay for Access: 240 of 240 is 100 %', access, 240, 0, 240, [100, 1]],
    ['Pay for Access measures against fair use alone: 200 of 240 is 83 %', access, 240, 60, 200, [80, 200 / 240]],
    ['Pay for Access without a fair use never warns', access, 0, 0, 500, null],
  ])('%s', (_, agreement, included, rolloverIn, delivered, warning) => {
    const result = usageWarning(agreement, march(included, rolloverIn, delivered));
    if (warning === null) expect(result).toBeNull();
    else {
      expect(result?.level).toBe(warning[0]);
      expect(result?.usedShare).toBeCloseTo(warning[1], 12);
    }
  });
});

describe('burnRate', () => {
  // agreement, included, rollover in, delivered, asOf (in March 2026) → the day the allowance runs out, or none
  it.each<[string, UsageAgreement, number, number, number, string, string | null]>([
    ['60 in 10 days is 6 a day: 120 lasts 20 days, to 20 March', work, 120, 0, 60, '2026-03-10', '2026-03-20'],
    ['30 in 10 days is 3 a day: 120 lasts 40 days, past the period', work, 120, 0, 30, '2026-03-10', null],
    ['40 in 10 days is 4 a day: 120 lasts 30 days, to 30 March', work, 120, 0, 40, '2026-03-10', '2026-03-30'],
    ['39 in 10 days: 120 lasts 30.8 days, running out on 31 March', work, 120, 0, 39, '2026-03-10', '2026-03-31'],
    ['38 in 10 days: 120 lasts 31.6 days, past the period', work, 120, 0, 38, '2026-03-10', null],
    // A pace that uses the allowance up exactly at the end of a day: it runs out on that day.
    ['116 in 29 days is 4 a day: 120 lasts exactly 30 days, to 30 March', work, 120, 0, 116, '2026-03-29', '2026-03-30'],
    ['140 in 21 days is 20 every 3 days: 120 + 60 lasts exactly 27 days, to 27 March', work, 120, 60, 140, '2026-03-21', '2026-03-27'],
    ['264 in 11 days is 24 a day: 600 lasts exactly 25 days, to 25 March', access, 600, 0, 264, '2026-03-11', '2026-03-25'],
    ['45 on the first day: 120 lasts 2.7 days, to 3 March', work, 120, 0, 45, '2026-03-01', '2026-03-03'],
    ['used up already: it runs out today', work, 120, 0, 120, '2026-03-05', '2026-03-05'],
    ['over the allowance: it ran out, today', work, 120, 0, 150, '2026-03-05', '2026-03-05'],
    ['nothing delivered: it lasts', work, 120, 0, 0, '2026-03-20', null],
    ['the rollover adds to the allowance: 90 in 10 days of 180 lasts 20 days', work, 120, 60, 90, '2026-03-10', '2026-03-20'],
    ['Pay for Access paces its fair use: 80 in 10 days of 240 lasts 30 days', access, 240, 0, 80, '2026-03-10', '2026-03-30'],
    ['no allowance (a paused period): no pace', work, 0, 0, 30, '2026-03-10', null],
    ['asOf before the period starts: no pace', work, 120, 0, 30, '2026-02-28', null],
  ])('%s', (_, agreement, included, rolloverIn, delivered, asOf, runsOutOn) => {
    expect(burnRate(agreement, march(included, rolloverIn, delivered), asOf)).toEqual({
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      allowanceMinutes: included + (agreement.kind === 'access' ? 0 : rolloverIn),
      deliveredMinutes: delivered,
      runsOutOn,
    });
  });
});
