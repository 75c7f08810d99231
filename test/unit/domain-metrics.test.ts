// Revenue metrics (docs/domain.md, "Revenue metrics"): the complete months before asOf, sums
// per month, MRR and ARR summed exactly and rounded once, concentration, volatility and
// over-servicing. Every figure is worked by hand.
import { describe, expect, it } from 'vitest';
import {
  type CollectedPayment,
  concentration,
  isOverServiced,
  type MetricsAgreement,
  monthsBefore,
  mrr,
  perMonth,
  volatility,
} from '../../src/domain/metrics.ts';
import type { UsagePeriod } from '../../src/domain/usage.ts';

const retainer: MetricsAgreement = {
  id: 'a1',
  clientId: 'c1',
  kind: 'work',
  currency: 'EUR',
  status: 'active',
  startDate: '2026-01-01',
  periodMonths: 1,
  termMonths: null,
  autoRenew: false,
  noticeDays: 30,
  cancellation: null,
  feeMinor: 50000,
  fairUseMinutes: null,
  pauses: [],
};

describe('monthsBefore', () => {
  it.each<[string, number, string[]]>([
    ['2026-02-20', 6, ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01']],
    ['2026-01-01', 3, ['2025-10', '2025-11', '2025-12']],
    ['2026-03-31', 1, ['2026-02']],
    ['2024-03-31', 2, ['2024-01', '2024-02']],
    ['2026-03-15', 0, []],
  ])('before the month of %s, %i months: %j', (asOf, count, months) => {
    expect(monthsBefore(asOf, count)).toEqual(months);
  });
});

describe('perMonth', () => {
  it('sums each month’s amounts, 0 for a month without any, and ignores other months', () => {
    const rows = [
      { date: '2026-01-05', amountMinor: 100 },
      { date: '2026-01-31', amountMinor: 50 },
      { date: '2026-02-01', amountMinor: 7 },
      { date: '2025-12-31', amountMinor: 1000 },
      { date: '2026-04-01', amountMinor: 1000 },
    ];
    expect(perMonth(rows, ['2026-01', '2026-02', '2026-03'])).toEqual([150, 7, 0]);
  });
});

describe('mrr', () => {
  const asOf = '2026-03-15';
  // agreements → per currency: MRR and ARR
  it.each<[string, MetricsAgreement[], Record<string, { mrrMinor: number; arrMinor: number }>]>([
    ['one monthly retainer', [retainer], { EUR: { mrrMinor: 50000, arrMinor: 600000 } }],
    [
      'a quarterly fee counts a third a month; ARR is 12 × the exact sum, not 12 × the rounded MRR',
      [{ ...retainer, kind: 'access', periodMonths: 3, feeMinor: 1000 }],
      { EUR: { mrrMinor: 333, arrMinor: 4000 } },
    ],
    [
      'three thirds are summed exactly and rounded once: 100, not 99',
      ['a1', 'a2', 'a3'].map((id) => ({ ...retainer, id, kind: 'access' as const, periodMonths: 3, feeMinor: 100 })),
      { EUR: { mrrMinor: 100, arrMinor: 1200 } },
    ],
    [
      'currencies are never added together',
      [retainer, { ...retainer, id: 'a2', currency: 'GBP', feeMinor: 20000 }],
      { EUR: { mrrMinor: 50000, arrMinor: 600000 }, GBP: { mrrMinor: 20000, arrMinor: 240000 } },
    ],
    [
      'drafts, proposals, ended agreements, value and project work, and agreements not started yet count nothing',
      [
        retainer,
        { ...retainer, id: 'd', status: 'draft' },
        { ...retainer, id: 's', status: 'sent' },
        { ...retainer, id: 'e', status: 'ended' },
        { ...retainer, id: 'v', kind: 'value' },
        { ...retainer, id: 'p', kind: 'project' },
        { ...retainer, id: 'f', startDate: '2026-03-16' },
      ],
      { EUR: { mrrMinor: 50000, arrMinor: 600000 } },
    ],
    [
      'a cancellation in effect, or a fixed term over, ends it; notice not yet in effect does not',
      [
        { ...retainer, id: 'x', cancellation: { noticeGivenOn: '2026-02-01', effectiveDate: '2026-03-15' } },
        { ...retainer, id: 'y', cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-03-16' }, feeMinor: 7000 },
        { ...retainer, id: 'z', termMonths: 2 },
      ],
      { EUR: { mrrMinor: 7000, arrMinor: 84000 } },
    ],
    [
      'a paused period containing asOf counts nothing; a pause that ends before it does not matter',
      [
        { ...retainer, id: 'p1', pauses: [{ from: '2026-03-01', to: '2026-03-31' }] },
        { ...retainer, id: 'p2', feeMinor: 3000, pauses: [{ from: '2026-02-01', to: '2026-02-28' }] },
      ],
      { EUR: { mrrMinor: 3000, arrMinor: 36000 } },
    ],
    ['nothing in force: no currency', [{ ...retainer, status: 'draft' }], {}],
  ])('%s', (_, agreements, expected) => {
    expect(Object.fromEntries(mrr(agreements, asOf))).toEqual(expected);
  });
});

describe('concentration', () => {
  const paid = (clientId: string, amountMinor: number): CollectedPayment => ({
    clientId,
    currency: 'EUR',
    date: '2026-01-10',
    amountMinor,
  });
  it.each<[string, CollectedPayment[], string | null, number | null, number | null]>([
    ['one client is all of it', [paid('c1', 500)], 'c1', 1, 1],
    ['60 %, 30 % and 10 %: HHI 0.36 + 0.09 + 0.01', [paid('c2', 300), paid('c1', 400), paid('c3', 100), paid('c1', 200)], 'c1', 0.6, 0.46],
    ['a tie goes to the lowest id', [paid('c9', 500), paid('c2', 500)], 'c2', 0.5, 0.5],
    ['four equal clients: 25 % each, HHI 0.25', ['c1', 'c2', 'c3', 'c4'].map((c) => paid(c, 250)), 'c1', 0.25, 0.25],
    ['nothing collected: all null', [], null, null, null],
  ])('%s', (_, payments, topClientId, share, hhi) => {
    const result = concentration(payments);
    expect(result.topClientId).toBe(topClientId);
    if (share === null || hhi === null) {
      expect(result).toEqual({ topClientId: null, topClientShare: null, hhi: null });
    } else {
      expect(result.topClientShare).toBeCloseTo(share, 12);
      expect(result.hhi).toBeCloseTo(hhi, 12);
    }
  });
});

describe('volatility', () => {
  it.each<[string, number[], number | null]>([
    ['the same every month: 0', [100, 100, 100], 0],
    ['100 and 300: mean 200, deviation 100', [100, 300], 0.5],
    ['300, 0, 0: mean 100, variance (200² + 100² + 100²) / 3 = 20000', [300, 0, 0], Math.SQRT2],
    ['quarterly billing over a year shows as volatile: the same √2', [300, 0, 0, 300, 0, 0, 300, 0, 0, 300, 0, 0], Math.SQRT2],
    ['nothing collected: null', [0, 0, 0], null],
  ])('%s', (_, monthly, expected) => {
    if (expected === null) expect(volatility(monthly)).toBeNull();
    else expect(volatility(monthly)).toBeCloseTo(expected, 12);
  });
});

describe('isOverServiced', () => {
  const asOf = '2026-05-15';
  const months = ['01', '02', '03', '04', '05'];
  const last = { '01': '31', '02': '28', '03': '31', '04': '30', '05': '31' } as Record<string, string>;
  /** Monthly rows January to May 2026 (May is still running on asOf). */
  function ledger(rows: Partial<Record<string, { included?: number; delivered: number; overage?: number }>>): UsagePeriod[] {
    return months.map((m) => {
      const row = rows[m] ?? { delivered: 0 };
      return {
        start: `2026-${m}-01`,
        end: `2026-${m}-${last[m]}`,
        includedMinutes: row.included ?? 120,
        rolloverInMinutes: 0,
        deliveredMinutes: row.delivered,
        overageMinutes: row.overage ?? 0,
        overageMinor: (row.overage ?? 0) * 100,
        rolloverOutMinutes: 0,
      };
    });
  }
  const access = { ...retainer, kind: 'access' as const, fairUseMinutes: 120 };

  // agreement, ledger rows → over-serviced on 2026-05-15
  it.each<[string, MetricsAgreement, UsagePeriod[], boolean]>([
    [
      'work: overage in 2 of the last 3 ended periods',
      retainer,
      ledger({ '02': { delivered: 150, overage: 30 }, '04': { delivered: 135, overage: 15 } }),
      true,
    ],
    ['work: overage in 1 of them', retainer, ledger({ '04': { delivered: 150, overage: 30 } }), false],
    [
      'work: January is not among the last 3 ended periods',
      retainer,
      ledger({ '01': { delivered: 150, overage: 30 }, '04': { delivered: 150, overage: 30 } }),
      false,
    ],
    [
      'work: the running period does not count',
      retainer,
      ledger({ '04': { delivered: 150, overage: 30 }, '05': { delivered: 150, overage: 30 } }),
      false,
    ],
    [
      'work: with only 2 ended periods, both over',
      { ...retainer, startDate: '2026-03-01' },
      ledger({ '03': { delivered: 150, overage: 30 }, '04': { delivered: 150, overage: 30 } }).slice(2),
      true,
    ],
    ['access: above fair use in 2 of the last 3', access, ledger({ '03': { delivered: 150 }, '04': { delivered: 121 } }), true],
    ['access: exactly at fair use is not above it', access, ledger({ '03': { delivered: 120 }, '04': { delivered: 120 } }), false],
    [
      'access without a fair use is never above it',
      { ...access, fairUseMinutes: null },
      ledger({ '03': { included: 0, delivered: 500 }, '04': { included: 0, delivered: 500 } }),
      false,
    ],
    [
      'access with a fair use of 0 is never above it either',
      { ...access, fairUseMinutes: 0 },
      ledger({ '03': { included: 0, delivered: 500 }, '04': { included: 0, delivered: 500 } }),
      false,
    ],
    [
      'access in paused periods (fair use 0 there): any delivered minute is above it',
      { ...access, pauses: [{ from: '2026-03-01', to: '2026-04-30' }] },
      ledger({ '03': { included: 0, delivered: 30 }, '04': { included: 0, delivered: 30 } }),
      true,
    ],
    [
      'access in paused periods with nothing delivered is not above it',
      { ...access, pauses: [{ from: '2026-03-01', to: '2026-04-30' }] },
      ledger({ '03': { included: 0, delivered: 0 }, '04': { included: 0, delivered: 0 } }),
      false,
    ],
  ])('%s', (_, agreement, rows, expected) => {
    expect(isOverServiced(agreement, rows, asOf)).toBe(expected);
  });
});
