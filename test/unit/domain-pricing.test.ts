// Value pricing (docs/domain.md, "Value pricing"): three options at target returns of 10×, 7×
// and 4× the low estimate, each fee the low estimate ÷ the multiple rounded half away from zero
// to a whole currency unit; the chosen fee is paid in two installments, half rounded up to the
// minor unit on the start date and the rest at addMonths(startDate, max(1, floor(termMonths / 2))).
// Every expected figure below is worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TARGET_RETURNS, valueInstallments, valueOptions } from '../../src/domain/pricing.ts';

describe('TARGET_RETURNS', () => {
  it('are 10×, 7× and 4×, the smallest scope (the highest return) first', () => {
    expect(TARGET_RETURNS).toEqual([10, 7, 4]);
  });
});

describe('valueOptions', () => {
  // low estimate (minor units), currency → fees of options 1, 2 and 3 (minor units)
  it.each<[string, number, string, [number, number, number]]>([
    ['£35,000.00 divides exactly: 3,500 / 5,000 / 8,750', 3_500_000, 'GBP', [350_000, 500_000, 875_000]],
    ['£10,000.00: 1,428.5714 rounds to 1,429', 1_000_000, 'GBP', [100_000, 142_900, 250_000]],
    ['£40,000.00: 5,714.2857 rounds down to 5,714', 4_000_000, 'GBP', [400_000, 571_400, 1_000_000]],
    ['£105.00: 10.50 at 10× rounds half up to 11; 26.25 at 4× to 26', 10_500, 'GBP', [1_100, 1_500, 2_600]],
    ['€73.50: 10.50 at 7× rounds half up to 11; 7.35 → 7; 18.375 → 18', 7_350, 'EUR', [700, 1_100, 1_800]],
    ['$10,002.00: 2,500.50 at 4× rounds half up to 2,501; 1,000.20 → 1,000', 1_000_200, 'USD', [100_000, 142_900, 250_100]],
    ['£10.00: 1.00, 1.43 → 1, 2.50 → 3', 1_000, 'GBP', [100, 100, 300]],
    ['£1.00: every fee is under half a pound, so 0', 100, 'GBP', [0, 0, 0]],
    ['a low estimate of 0 gives fees of 0', 0, 'CHF', [0, 0, 0]],
    [
      'yen have no minor unit: 100,000.5 → 100,001; 142,857.86 → 142,858; 250,001.25 → 250,001',
      1_000_005,
      'JPY',
      [100_001, 142_858, 250_001],
    ],
    ['dinars have three decimals: 142.857 KWD → 143.000', 1_000_000, 'KWD', [100_000, 143_000, 250_000]],
  ])('%s', (_, valueLowMinor, currency, [fee1, fee2, fee3]) => {
    expect(valueOptions(valueLowMinor, currency)).toEqual([
      { option: 1, multiple: 10, feeMinor: fee1 },
      { option: 2, multiple: 7, feeMinor: fee2 },
      { option: 3, multiple: 4, feeMinor: fee3 },
    ]);
  });
});

describe('valueInstallments', () => {
  // fee, start date, term months → first amount, second due date, second amount
  it.each<[string, number, string, number | null, number, string, number]>([
    ['an even fee splits in equal halves, the second at month 3 of 6', 100_000, '2026-03-01', 6, 50_000, '2026-06-01', 50_000],
    ['an odd fee: the extra minor unit comes first', 100_001, '2026-03-01', 6, 50_001, '2026-06-01', 50_000],
    ['a fee of 1: all of it first, 0 later', 1, '2026-03-01', 12, 1, '2026-09-01', 0],
    ['a fee of 0 gives two installments of 0', 0, '2026-03-01', 6, 0, '2026-06-01', 0],
    ['a large odd fee', 999_999_999, '2026-03-01', 6, 500_000_000, '2026-06-01', 499_999_999],
    ['a 1-month term: floor(1/2) = 0, so at least 1 month, clamped to 28 February', 1_000, '2026-01-31', 1, 500, '2026-02-28', 500],
    ['a 2-month term: 1 month later', 1_000, '2026-01-31', 2, 500, '2026-02-28', 500],
    ['a 3-month term: floor(3/2) = 1 month', 1_000, '2026-01-31', 3, 500, '2026-02-28', 500],
    ['a 5-month term: floor(5/2) = 2 months, back on the 31st', 571_401, '2026-01-31', 5, 285_701, '2026-03-31', 285_700],
    ['a 7-month term: 3 months, 30 April (April has no 31st)', 1_001, '2026-01-31', 7, 501, '2026-04-30', 500],
    ['a leap year: 1 month from 31 January 2024 is 29 February', 3, '2024-01-31', 2, 2, '2024-02-29', 1],
    ['a 24-month term from 29 February: 12 months later is 28 February', 10, '2024-02-29', 24, 5, '2025-02-28', 5],
    ['a 120-month term: 60 months later, across five years', 7, '2026-03-01', 120, 4, '2031-03-01', 3],
    ['an open-ended agreement takes the 1-month floor', 2_500, '2026-12-15', null, 1_250, '2027-01-15', 1_250],
  ])('%s', (_, feeMinor, startDate, termMonths, first, secondDue, second) => {
    expect(valueInstallments(feeMinor, startDate, termMonths)).toEqual([
      { dueDate: startDate, amountMinor: first },
      { dueDate: secondDue, amountMinor: second },
    ]);
  });

  it('always adds up to the fee, the first at most one minor unit more than the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.option(fc.integer({ min: 1, max: 120 })), (feeMinor, termMonths) => {
        const [a, b] = valueInstallments(feeMinor, '2026-01-31', termMonths);
        expect(a!.amountMinor + b!.amountMinor).toBe(feeMinor);
        expect(a!.amountMinor - b!.amountMinor).toBe(feeMinor % 2);
      }),
    );
  });
});
