// What a new agreement starts with (the core's drafts and the editor's offers come from
// here), and whether a term fits its billing period.
import { describe, expect, it } from 'vitest';
import { defaultAgreement, defaultSlot } from '../../src/domain/agreement-defaults.ts';
import { termPeriodProblem } from '../../src/domain/agreement-rules.ts';

const workspace = { currency: 'GBP', timeZone: 'Europe/London' };

describe('defaultAgreement', () => {
  it.each([
    // kind, title, term, renews, included, rollover cap, overage rate, increment, hourly rate, a weekly call
    ['work', 'Pay-for-Work retainer', 6, true, 180, 60, 0, 15, null, true],
    ['access', 'Pay-for-Access retainer', 6, true, null, null, null, null, null, true],
    ['value', 'Value-based engagement', 6, false, null, null, null, null, null, true],
    ['project', 'Project work', null, false, null, null, null, null, 0, false],
  ] as const)('%s: %s', (kind, title, termMonths, autoRenew, included, rolloverCap, overageRate, increment, hourlyRate, hasSlot) => {
    const draft = defaultAgreement(kind, workspace, '2026-03-01');
    expect(draft).toMatchObject({
      kind,
      status: 'draft',
      title,
      currency: 'GBP',
      startDate: '2026-03-01',
      termMonths,
      autoRenew,
      noticeDays: 30,
      periodMonths: 1,
      feeMinor: 0,
      includedMinutes: included,
      rolloverCapMinutes: rolloverCap,
      overageRateMinorPerHour: overageRate,
      overageIncrementMinutes: increment,
      fairUseMinutes: null,
      hourlyRateMinor: hourlyRate,
      agreedValueMinor: null,
      renewalProbability: null,
      pauses: [],
      cancellation: null,
      sentAt: null,
      signedAt: null,
    });
    expect(draft.slot).toEqual(
      hasSlot ? { weekday: 2, time: '10:00', timeZone: 'Europe/London', durationMinutes: 45, intervalWeeks: 1 } : null,
    );
  });

  it('splits a value engagement’s fee of 0 into its installments: half at the start, the rest mid-term', () => {
    expect(defaultAgreement('value', workspace, '2026-03-01').installments).toEqual([
      { dueDate: '2026-03-01', amountMinor: 0 },
      { dueDate: '2026-06-01', amountMinor: 0 },
    ]);
    expect(defaultAgreement('work', workspace, '2026-03-01').installments).toEqual([]);
  });
});

describe('defaultSlot', () => {
  it.each(['UTC', 'America/New_York'])('is Tuesdays at 10:00 for 45 minutes, every week, in %s', (zone) => {
    expect(defaultSlot(zone)).toEqual({ weekday: 2, time: '10:00', timeZone: zone, durationMinutes: 45, intervalWeeks: 1 });
  });
});

describe('termPeriodProblem', () => {
  it.each([
    [6, 1, null],
    [6, 3, null],
    [12, 3, null],
    [5, 3, 'must be a multiple of the billing period (3 months)'],
    [1, 3, 'must be a multiple of the billing period (3 months)'],
    [null, 3, null], // open-ended
  ])('a term of %j months billed every %i: %j', (termMonths, periodMonths, problem) => {
    expect(termPeriodProblem(termMonths, periodMonths)).toBe(problem);
  });
});
