// Money is integer minor units (docs/domain.md, "Money and arithmetic"): a figure is rounded once,
// half away from zero, and totals are kept per currency, never across. Every expected value below
// is the decimal the computation stands for, rounded by hand.
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero, sumByCurrency } from '../../src/domain/money.ts';

describe('roundHalfAwayFromZero', () => {
  // value → rounded
  it.each<[string, number, number]>([
    ['a whole number stays', 42, 42],
    ['zero stays zero', 0, 0],
    ['below a half rounds down', 2.4, 2],
    ['above a half rounds up', 2.6, 3],
    ['a half rounds up, not to even', 2.5, 3],
    ['another half rounds up, not to even', 1.5, 2],
    ['a half of one rounds to one', 0.5, 1],
    ['a negative half rounds away from zero, not towards it', -2.5, -3],
    ['minus a half of one rounds to minus one', -0.5, -1],
    ['a negative value below a half rounds towards zero', -2.4, -2],
    ['a negative value above a half rounds away from zero', -2.6, -3],
    // −0 would print as “−€0.00” and compare unequal with Object.is.
    ['a small negative value rounds to 0, not −0', -0.4, 0],
    ['−1 over 200 minutes is −0.3 an hour: 0, not −0', (-1 * 60) / 200, 0],
    ['a quarter of ten is two and a half', 10 / 4, 3],
    ['minus a quarter of ten is minus two and a half', -10 / 4, -3],
    ['2.675 × 100 is 267.5', 2.675 * 100, 268],
    ['−2.675 × 100 is −267.5', -2.675 * 100, -268],
    ['1.005 × 100, computed as 100.49999999999999, is 100.5', 1.005 * 100, 101],
    ['0.285 × 100, computed as 28.499999999999996, is 28.5', 0.285 * 100, 29],
    ['−0.285 × 100 is −28.5', -0.285 * 100, -29],
    ['2.5 computed one step low (2.4999999999999996) is still 2.5', 2.4999999999999996, 3],
    ['4.35 × 100, computed as 434.99999999999994, is 435', 4.35 * 100, 435],
    ['8.675 × 100, computed as 867.5000000000001, is 867.5', 8.675 * 100, 868],
    ['0.1 + 0.2 is three tenths', 0.1 + 0.2, 0],
    ['a value truly below a half is not nudged up', 2.499999999999, 2],
    ['a negative value truly below a half is not nudged away', -2.499999999999, -2],
    ['a large amount keeps its unit', 123_456_789.5, 123_456_790],
    ['a large amount just below a half rounds down', 123_456_789.4, 123_456_789],
    ['minutes at an hourly rate: 50 minutes at 1999 an hour is 1665.83', (50 * 1999) / 60, 1666],
    ['45 minutes at 3333 an hour is 2499.75', (45 * 3333) / 60, 2500],
    ['an even count’s median: (100 + 201) / 2 is 150.5', (100 + 201) / 2, 151],
  ])('%s', (_, value, rounded) => {
    expect(roundHalfAwayFromZero(value)).toBe(rounded);
  });
});

describe('sumByCurrency', () => {
  const eur = (amountMinor: number) => ({ currency: 'EUR', amountMinor });
  const usd = (amountMinor: number) => ({ currency: 'USD', amountMinor });
  const gbp = (amountMinor: number) => ({ currency: 'GBP', amountMinor });
  // amounts → totals per currency, in code order
  it.each<[string, { currency: string; amountMinor: number }[], { currency: string; amountMinor: number }[]]>([
    ['nothing sums to no currency at all', [], []],
    ['one amount is its own total', [eur(1234)], [eur(1234)]],
    ['amounts of one currency merge into one total', [eur(100), eur(250), eur(1)], [eur(351)]],
    ['currencies never mix', [eur(100), usd(100)], [eur(100), usd(100)]],
    ['currencies come in code order, not in the order they first appear', [usd(1), gbp(2), eur(3)], [eur(3), gbp(2), usd(1)]],
    ['interleaved currencies merge each into its own total', [usd(100), eur(250), usd(1), eur(-50)], [eur(200), usd(101)]],
    [
      'a zero amount still lists its currency',
      [{ currency: 'CHF', amountMinor: 0 }, eur(5)],
      [{ currency: 'CHF', amountMinor: 0 }, eur(5)],
    ],
    ['amounts that cancel out still list their currency with 0', [gbp(700), gbp(-700), eur(1)], [eur(1), gbp(0)]],
    ['a credit larger than the charges gives a negative total', [usd(300), usd(-500)], [usd(-200)]],
    [
      'codes compare by their letters: JPY before USD, CHF before EUR',
      [usd(1), { currency: 'JPY', amountMinor: 2 }, { currency: 'CHF', amountMinor: 3 }],
      [{ currency: 'CHF', amountMinor: 3 }, { currency: 'JPY', amountMinor: 2 }, usd(1)],
    ],
  ])('%s', (_, amounts, totals) => {
    expect(sumByCurrency(amounts)).toEqual(totals);
  });

  it('leaves the amounts it was given as they were', () => {
    const amounts = [usd(1), eur(2), usd(3)];
    sumByCurrency(amounts);
    expect(amounts).toEqual([usd(1), eur(2), usd(3)]);
  });
});
