import { describe, expect, it } from 'vitest';
import { type UsageAgreement, type UsageSession, usageLedger, usageWarning } from '../../src/domain/usage.ts';
import { memoryCore, ok, readExample, readExpected } from './helpers.ts';

const expectedB = readExpected('expected-b.json');
const rules = { timeZone: 'Europe/London', lateCancelHours: 24 };

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
  overageRateMinorPerHour: 10000,
  overageIncrementMinutes: 15,
  fairUseMinutes: null,
  pauses: [],
};

const done = (start: string, minutes: number): UsageSession => ({
  start,
  plannedMinutes: 45,
  actualMinutes: minutes,
  status: 'completed',
  cancelledAt: null,
  cancelledBy: null,
});

describe('usage ledger', () => {
  it('anchors periods on the 31st (Jan 31 → Feb 28 → Mar 31) and lists through the period of asOf', () => {
    const rows = usageLedger(work, [], [], rules, '2026-03-31');
    expect(rows.map((r) => [r.start, r.end])).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
    ]);
  });

  it('uses rollover first, caps it, carries it one period only', () => {
    // P0: 30 delivered of 120 → 90 unused, capped at 60 out.
    // P1: 60 in; 100 delivered uses the 60 first, then 40 of 120 → 80 unused, capped 60.
    // P2: 60 in; 0 delivered → 120 unused → 60 out (the 60 that came in does not roll again).
    const sessions = [done('2026-02-05T10:00:00Z', 30), done('2026-03-05T10:00:00Z', 100)];
    const rows = usageLedger(work, sessions, [], rules, '2026-04-15');
    expect(rows.map((r) => [r.rolloverInMinutes, r.deliveredMinutes, r.rolloverOutMinutes])).toEqual([
      [0, 30, 60],
      [60, 100, 60],
      [60, 0, 60],
    ]);
  });

  it('rounds overage up to the increment and bills it at the hourly rate, half away from zero', () => {
    // 120 included, no rollover in: 121 delivered → 1 over → 15 minutes → 15 × 10000 / 60 = 2500.
    const rows = usageLedger({ ...work, rolloverCapMinutes: 0 }, [done('2026-02-05T10:00:00Z', 121)], [], rules, '2026-02-10');
    expect(rows[0]).toMatchObject({ overageMinutes: 15, overageMinor: 2500 });
    // 7-minute increment, 333 per hour: 1 over → 7 minutes → 7 × 333 / 60 = 38.85 → 39.
    const odd = usageLedger(
      { ...work, rolloverCapMinutes: 0, overageIncrementMinutes: 7, overageRateMinorPerHour: 333 },
      [done('2026-02-05T10:00:00Z', 121)],
      [],
      rules,
      '2026-02-10',
    );
    expect(odd[0]).toMatchObject({ overageMinutes: 7, overageMinor: 39 });
    // 30 minutes at 9 per hour = 4.5 → 5 (half away from zero).
    const half = usageLedger(
      { ...work, rolloverCapMinutes: 0, overageIncrementMinutes: 30, overageRateMinorPerHour: 9 },
      [done('2026-02-05T10:00:00Z', 150)],
      [],
      rules,
      '2026-02-10',
    );
    expect(half[0]).toMatchObject({ overageMinutes: 30, overageMinor: 5 });
  });

  it('counts no-shows and late cancels at their planned minutes, not coach or timely cancels', () => {
    const sessions: UsageSession[] = [
      { start: '2026-02-03T10:00:00Z', plannedMinutes: 45, actualMinutes: null, status: 'no_show', cancelledAt: null, cancelledBy: null },
      {
        start: '2026-02-10T10:00:00Z',
        plannedMinutes: 45,
        actualMinutes: null,
        status: 'cancelled',
        cancelledAt: '2026-02-09T11:00:00Z',
        cancelledBy: 'client',
      }, // 23 h before: late
      {
        start: '2026-02-17T10:00:00Z',
        plannedMinutes: 45,
        actualMinutes: null,
        status: 'cancelled',
        cancelledAt: '2026-02-16T10:00:00Z',
        cancelledBy: 'client',
      }, // 24 h: in time
      {
        start: '2026-02-24T10:00:00Z',
        plannedMinutes: 45,
        actualMinutes: null,
        status: 'cancelled',
        cancelledAt: '2026-02-24T09:00:00Z',
        cancelledBy: 'coach',
      },
      { start: '2026-02-25T10:00:00Z', plannedMinutes: 60, actualMinutes: null, status: 'completed', cancelledAt: null, cancelledBy: null }, // planned when actual is missing
      { start: '2026-02-26T10:00:00Z', plannedMinutes: 60, actualMinutes: null, status: 'scheduled', cancelledAt: null, cancelledBy: null },
    ];
    const rows = usageLedger(work, sessions, [{ date: '2026-02-20', minutes: 10 }], rules, '2026-02-27');
    expect(rows[0]!.deliveredMinutes).toBe(45 + 45 + 60 + 10);
  });

  it('gives a paused period no allowance, so its work is all overage', () => {
    const paused = { ...work, rolloverCapMinutes: 0, pauses: [{ from: '2026-02-28', to: '2026-03-30' }] };
    const rows = usageLedger(paused, [done('2026-03-05T10:00:00Z', 20)], [], rules, '2026-03-10');
    expect(rows[1]).toMatchObject({ includedMinutes: 0, deliveredMinutes: 20, overageMinutes: 30, overageMinor: 5000 });
  });

  it('puts a session on the date of its start in the workspace zone', () => {
    // 23:30 UTC on Feb 27 is 00:30 on Feb 28 in Berlin: the next period there.
    const late = [done('2026-02-27T23:30:00Z', 30)];
    expect(usageLedger(work, late, [], rules, '2026-03-05').map((r) => r.deliveredMinutes)).toEqual([30, 0]);
    expect(usageLedger(work, late, [], { ...rules, timeZone: 'Europe/Berlin' }, '2026-03-05').map((r) => r.deliveredMinutes)).toEqual([
      0, 30,
    ]);
  });

  it('uses quarterly periods and stops at a cancellation', () => {
    const quarterly = { ...work, periodMonths: 3, cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-07-31' } };
    const rows = usageLedger(quarterly, [], [], rules, '2027-01-01');
    expect(rows.map((r) => r.start)).toEqual(['2026-01-31', '2026-04-30']);
  });

  it('reports fair use for access, never rollover or overage, and warns at 80 % and 100 %', () => {
    const access = { ...work, kind: 'access' as const, includedMinutes: null, fairUseMinutes: 100 };
    const rows = usageLedger(access, [done('2026-02-05T10:00:00Z', 85)], [], rules, '2026-02-10');
    expect(rows[0]).toMatchObject({ includedMinutes: 100, deliveredMinutes: 85, overageMinutes: 0, rolloverOutMinutes: 0 });
    expect(usageWarning(access, rows[0]!)).toMatchObject({ level: 80 });
    const over = usageLedger(access, [done('2026-02-05T10:00:00Z', 130)], [], rules, '2026-02-10');
    expect(usageWarning(access, over[0]!)).toMatchObject({ level: 100 });
    expect(usageWarning(work, usageLedger(work, [done('2026-02-05T10:00:00Z', 50)], [], rules, '2026-02-10')[0]!)).toBeNull();
  });

  it.each(['b1', 'b2', 'b6'])('gives worked example B’s ledger for %s', async (agreementId) => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const ledger = await ok(core, 'usage.ledger', { agreementId, asOf: '2026-02-20' });
    expect({ agreementId: ledger.agreementId, periods: ledger.periods }).toEqual(expectedB.usage[agreementId]);
  });

  it('refuses agreements that are not work or access', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    expect(await core.call('usage.ledger', { agreementId: 'b3' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('burn rate', () => {
  it('projects the day the allowance runs out at the pace so far', async () => {
    const { burnRate } = await import('../../src/domain/usage.ts');
    // 120 included; 60 delivered in the first 10 days → 6 a day → runs out on day 20.
    const row = {
      start: '2026-02-01',
      end: '2026-02-28',
      includedMinutes: 120,
      rolloverInMinutes: 0,
      deliveredMinutes: 60,
      overageMinutes: 0,
      overageMinor: 0,
      rolloverOutMinutes: 0,
    };
    expect(burnRate(work, row, '2026-02-10').runsOutOn).toBe('2026-02-20');
    expect(burnRate(work, { ...row, deliveredMinutes: 10 }, '2026-02-10').runsOutOn).toBeNull(); // lasts the period
    expect(burnRate(work, { ...row, deliveredMinutes: 130 }, '2026-02-10').runsOutOn).toBe('2026-02-10'); // already out
  });
});
