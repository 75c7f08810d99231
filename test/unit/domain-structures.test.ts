// "Which billing structure" (docs/domain.md, and docs/decisions.md#which-billing-structure): a
// client's months as billed beside what they would have paid under Pay for Work (the median
// billed month as the fee, the median minutes of the billed months as the allowance, a quarter
// of it rolling over one month, overage at the effective hourly rate as billed in 15-minute
// steps), Pay for Access (that fee every month) and each value option (half in the first month,
// half in the middle one). Every expected figure below is worked out by hand from those rules.
import { describe, expect, it } from 'vitest';
import { compareStructures, type StructureInput } from '../../src/domain/structures.ts';

const input = (billedMinor: number[], deliveredMinutes: number[], valueFeesMinor: number[] = []): StructureInput => ({
  billedMinor,
  deliveredMinutes,
  valueFeesMinor,
});

const monthly = (result: ReturnType<typeof compareStructures>, structure: string) =>
  result.outcomes.find((o) => o.structure === structure)?.monthlyMinor;

describe('compareStructures', () => {
  describe('the suggested fee and minutes', () => {
    // billed, delivered → suggested fee, suggested included minutes
    it.each<[string, StructureInput, number, number]>([
      ['an odd count of months: the middle month', input([600, 900, 300], [60, 90, 30]), 600, 60],
      ['the medians of fee and minutes are taken apart, in any month order', input([1200, 300, 900], [10, 120, 60]), 900, 60],
      // (100 + 201) / 2 = 150.5 → 151; (10 + 21) / 2 = 15.5 → 16.
      ['an even count: the mean of the middle two, halves rounded up', input([100, 201], [10, 21]), 151, 16],
      // Billed months 2, 4, 5: fees 500, 700, 900 and minutes 50, 70, 90 (over all six: 250 and 40).
      ['months without an invoice are left out of both medians', input([0, 500, 0, 700, 900, 0], [30, 50, 0, 70, 90, 10]), 700, 70],
      ['nothing billed suggests nothing', input([0, 0, 0], [60, 0, 0]), 0, 0],
    ])('%s', (_, structureInput, fee, minutes) => {
      const result = compareStructures(structureInput);
      expect(result.suggestedFeeMinor).toBe(fee);
      expect(result.suggestedIncludedMinutes).toBe(minutes);
    });
  });

  describe('Pay for Work, month by month', () => {
    // billed, delivered → what each month would have cost
    it.each<[string, StructureInput, number[]]>([
      // Fee 1000, allowance 100. 3000 over 301 minutes: 15 minutes cost 45000 / 301 = 149.50 → 150.
      ['one minute over the allowance bills a 15-minute step', input([1000, 1000, 1000], [100, 101, 100]), [1000, 1150, 1000]],
      // Fee 600, allowance 60, rate 3000 over 331 minutes: 15 over → 45000 / 331 = 135.95 → 136;
      // 16 over → 30 minutes → 90000 / 331 = 271.90 → 272.
      [
        'exactly 15 minutes over is one step, 16 are two',
        input([600, 600, 600, 600, 600], [60, 60, 60, 75, 76]),
        [600, 600, 600, 736, 872],
      ],
      // Allowance 80 (median of 0, 40, 120, 120), cap 20, rate 3200 over 280 minutes. M1: 40 unused,
      // 20 roll. M2: 120 − 80 − 20 = 20 over → 30 minutes → 96000 / 280 = 342.86 → 343. M3: 80 unused,
      // 20 roll. M4: as M2.
      ['a quarter of the allowance rolls over and is used first', input([800, 800, 800, 800], [40, 120, 0, 120]), [800, 1143, 800, 1143]],
      // Allowance 80, cap 20, rate 4000 over 280 minutes. M1 and M2 deliver nothing: 20 roll into M2
      // and 20 (not 40) into M3. M3: 120 − 80 − 20 = 20 over → 30 minutes → 120000 / 280 = 428.57 → 429.
      [
        'rollover lasts one month: two quiet months do not add up',
        input([800, 800, 800, 800, 800], [0, 0, 120, 80, 80]),
        [800, 800, 1229, 800, 800],
      ],
      ['without delivered time there is no overage: the fee every month', input([500, 700, 600], [0, 0, 0]), [600, 600, 600]],
      ['nothing billed: time over the allowance costs nothing at a rate of 0', input([0, 0, 0], [60, 0, 0]), [0, 0, 0]],
    ])('%s', (_, structureInput, months) => {
      expect(monthly(compareStructures(structureInput), 'Pay for Work')).toEqual(months);
    });
  });

  describe('Pay for Access and the value options, month by month', () => {
    // billed (the months), value fees → Pay for Access, then each value option
    it.each<[string, StructureInput, number[], number[][]]>([
      [
        'six months: the second half in the fourth month',
        input([600, 900, 300, 600, 1200, 600], [0, 0, 0, 0, 0, 0], [3000]),
        [600, 600, 600, 600, 600, 600],
        [[1500, 0, 0, 1500, 0, 0]],
      ],
      // Middle of five months: the third. An odd fee's first half is rounded up: 3001 → 1501 + 1500.
      [
        'five months, two options: the second half in the third month, the odd unit in the first half',
        input([100, 100, 100, 100, 100], [0, 0, 0, 0, 0], [3000, 3001]),
        [100, 100, 100, 100, 100],
        [
          [1500, 0, 1500, 0, 0],
          [1501, 0, 1500, 0, 0],
        ],
      ],
      ['two months: one half each', input([50, 150], [0, 0], [999]), [100, 100], [[500, 499]]],
      // The middle of one month is that month: both halves fall in it, the whole fee is paid.
      ['one month: both halves in it', input([400], [0], [999]), [400], [[999]]],
      ['no value conversation: no value option', input([100, 100], [0, 0]), [100, 100], []],
    ])('%s', (_, structureInput, access, options) => {
      const result = compareStructures(structureInput);
      expect(monthly(result, 'Pay for Access')).toEqual(access);
      expect(result.outcomes.slice(3).map((o) => [o.structure, o.monthlyMinor])).toEqual(
        options.map((m, i) => [`Value option ${i + 1}`, m]),
      );
    });
  });

  describe('totals, effective hourly rates and spreads', () => {
    type Figures = { totalMinor: number; effectiveHourlyMinor: number | null; spread: number | null };
    // The structures in order, each with its total, its rate over the delivered hours, and its
    // spread (population standard deviation over the mean).
    it.each<[string, StructureInput, Record<string, Figures>]>([
      // 301 minutes. Billed 3000 → 180000 / 301 = 598.01 → 598. Work 1000, 1150, 1000: 3150 →
      // 189000 / 301 = 627.91 → 628; mean 1050, variance (50² + 100² + 50²) / 3 = 5000.
      [
        'steady months with one small overage',
        input([1000, 1000, 1000], [100, 101, 100]),
        {
          'As billed': { totalMinor: 3000, effectiveHourlyMinor: 598, spread: 0 },
          'Pay for Work': { totalMinor: 3150, effectiveHourlyMinor: 628, spread: Math.sqrt(5000) / 1050 },
          'Pay for Access': { totalMinor: 3000, effectiveHourlyMinor: 598, spread: 0 },
        },
      ],
      // Billed once a quarter: fee 3000, allowance 60 (the billed month's). 3 hours delivered.
      // Billed 3000, 0, 0: mean 1000, variance (2000² + 1000² + 1000²) / 3 = 2000², spread √2.
      // The value option 6000: 3000, 3000, 0 (middle of three: the second), mean 2000, spread √2 / 2.
      [
        'billed once a quarter, with a value option',
        input([3000, 0, 0], [60, 60, 60], [6000]),
        {
          'As billed': { totalMinor: 3000, effectiveHourlyMinor: 1000, spread: Math.SQRT2 },
          'Pay for Work': { totalMinor: 9000, effectiveHourlyMinor: 3000, spread: 0 },
          'Pay for Access': { totalMinor: 9000, effectiveHourlyMinor: 3000, spread: 0 },
          'Value option 1': { totalMinor: 6000, effectiveHourlyMinor: 2000, spread: Math.SQRT2 / 2 },
        },
      ],
      [
        'no delivered time: no hourly rate',
        input([500, 700, 600], [0, 0, 0]),
        {
          'As billed': { totalMinor: 1800, effectiveHourlyMinor: null, spread: Math.sqrt(20000 / 3) / 600 },
          'Pay for Work': { totalMinor: 1800, effectiveHourlyMinor: null, spread: 0 },
          'Pay for Access': { totalMinor: 1800, effectiveHourlyMinor: null, spread: 0 },
        },
      ],
      [
        'time delivered but nothing billed: a rate of 0 and no spread',
        input([0, 0, 0], [60, 0, 0]),
        {
          'As billed': { totalMinor: 0, effectiveHourlyMinor: 0, spread: null },
          'Pay for Work': { totalMinor: 0, effectiveHourlyMinor: 0, spread: null },
          'Pay for Access': { totalMinor: 0, effectiveHourlyMinor: 0, spread: null },
        },
      ],
    ])('%s', (_, structureInput, expected) => {
      const { outcomes } = compareStructures(structureInput);
      expect(outcomes.map((o) => o.structure)).toEqual(Object.keys(expected));
      for (const outcome of outcomes) {
        const figures = expected[outcome.structure]!;
        expect(outcome.totalMinor).toBe(figures.totalMinor);
        expect(outcome.totalMinor).toBe(outcome.monthlyMinor.reduce((a, b) => a + b, 0));
        expect(outcome.effectiveHourlyMinor).toBe(figures.effectiveHourlyMinor);
        if (figures.spread === null) expect(outcome.spread).toBeNull();
        else expect(outcome.spread).toBeCloseTo(figures.spread, 12);
      }
    });
  });

  it('keeps the months as billed as they were given', () => {
    const billed = [600, 900, 300];
    const result = compareStructures(input(billed, [60, 90, 30]));
    expect(result.outcomes[0]!.monthlyMinor).toEqual([600, 900, 300]);
    expect(billed).toEqual([600, 900, 300]);
  });
});
