// The revenue forecast (docs/domain.md, "Revenue metrics" → Forecast): per currency and calendar
// month from the month of asOf, the committed fees (periods starting before the earliest end on
// asOf), the renewals after it weighted by p^k, and the pipeline of sent proposals × the win
// probability. Every expected figure below is worked out by hand from those rules; the comment
// of each group gives the earliest end and the periods it was worked from.
import { describe, expect, it } from 'vitest';
import { countsInForecast, type ForecastAgreement, type ForecastAssumptions, forecast } from '../../src/domain/forecast.ts';

const assumptions: ForecastAssumptions = { annualRetention: 0.8, winProbability: 0.5 };

/** An active, open-ended monthly Pay-for-Work retainer from 1 January 2026 with its own p = 0.9. */
function retainer(overrides: Partial<ForecastAgreement> = {}): ForecastAgreement {
  return {
    id: 'a',
    kind: 'work',
    status: 'active',
    currency: 'EUR',
    startDate: '2026-01-01',
    termMonths: null,
    autoRenew: true,
    noticeDays: 30,
    periodMonths: 1,
    feeMinor: 100000,
    installments: [],
    pauses: [],
    cancellation: null,
    renewalProbability: 0.9,
    ...overrides,
  };
}

/** A three-month fixed term from 1 January 2026 that renews, billed monthly, 30 days' notice. */
const fixedTerm = (overrides: Partial<ForecastAgreement> = {}) => retainer({ termMonths: 3, ...overrides });

/** `YYYY-MM` labels of `count` months from the month of `asOf`. */
function monthLabels(asOf: string, count: number): string[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  return Array.from(
    { length: count },
    (_, i) => `${year + Math.floor((month + i) / 12)}-${String(((month + i) % 12) + 1).padStart(2, '0')}`,
  );
}

type Figures = [committed: number, renewal: number, pipeline: number];

/** Months not listed in `expected` forecast 0, 0, 0. */
function expectForecast(
  result: ReturnType<typeof forecast>,
  asOf: string,
  months: number,
  expected: Record<string, Record<string, Figures>>,
) {
  const labels = monthLabels(asOf, months);
  expect(Object.keys(result).sort()).toEqual(Object.keys(expected).sort());
  for (const [currency, byMonth] of Object.entries(expected)) {
    for (const month of Object.keys(byMonth)) expect(labels).toContain(month);
    expect(result[currency]).toEqual(
      labels.map((month) => {
        const [committedMinor, renewalMinor, pipelineMinor] = byMonth[month] ?? [0, 0, 0];
        return { month, committedMinor, renewalMinor, pipelineMinor, expectedMinor: committedMinor + renewalMinor + pipelineMinor };
      }),
    );
  }
}

type Case = [string, ForecastAgreement[], string, number, Record<string, Record<string, Figures>>, Partial<ForecastAssumptions>?];

describe('forecast', () => {
  describe('open-ended agreements', () => {
    // Open-ended: earliest end = max(asOf, start) + notice; each period past it is one more renewal.
    it.each<Case>([
      // asOf 10 Mar + 30 → 9 Apr: 1 Mar and 1 Apr committed, 1 May k = 1, 1 Jun k = 2.
      [
        'committed until the earliest end, then one renewal per period',
        [retainer()],
        '2026-03-10',
        4,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0], '2026-05': [0, 90000, 0], '2026-06': [0, 81000, 0] } },
      ],
      // 1 Mar + 31 → 1 Apr: the period of 1 April starts on the earliest end.
      [
        'a period starting on the earliest end is the first renewal',
        [retainer({ noticeDays: 31 })],
        '2026-03-01',
        3,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [0, 90000, 0], '2026-05': [0, 81000, 0] } },
      ],
      // 1 Mar + 32 → 2 Apr: the period of 1 April starts the day before it.
      [
        'a period starting the day before the earliest end is committed',
        [retainer({ noticeDays: 32 })],
        '2026-03-01',
        3,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0], '2026-05': [0, 90000, 0] } },
      ],
      // p = (0.9^12)^(1/12) = 0.9, as with the agreement's own probability above.
      [
        'without its own probability, p = annual retention^(period / 12)',
        [retainer({ renewalProbability: null })],
        '2026-03-10',
        4,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0], '2026-05': [0, 90000, 0], '2026-06': [0, 81000, 0] } },
        { annualRetention: 0.9 ** 12 },
      ],
      // Not started on 10 Mar: earliest end = 1 May + 30 → 31 May. 1 May committed, 1 Jun k = 1.
      [
        'one that starts later counts its notice from its start',
        [retainer({ startDate: '2026-05-01' })],
        '2026-03-10',
        4,
        { EUR: { '2026-05': [100000, 0, 0], '2026-06': [0, 90000, 0] } },
      ],
      [
        'an access retainer forecasts as a work one',
        [retainer({ kind: 'access' })],
        '2026-03-10',
        4,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0], '2026-05': [0, 90000, 0], '2026-06': [0, 81000, 0] } },
      ],
      // 20 Nov + 30 → 20 Dec: 1 Nov and 1 Dec committed, 1 Jan 2027 k = 1.
      [
        'the months run on across the year’s end',
        [retainer()],
        '2026-11-20',
        3,
        { EUR: { '2026-11': [100000, 0, 0], '2026-12': [100000, 0, 0], '2027-01': [0, 90000, 0] } },
      ],
      ['one month is the month of asOf alone', [retainer()], '2026-03-31', 1, { EUR: { '2026-03': [100000, 0, 0] } }],
    ])('%s', (_, agreements, asOf, months, expected, overrides) => {
      expectForecast(forecast(agreements, asOf, months, { ...assumptions, ...overrides }), asOf, months, expected);
    });
  });

  describe('fixed terms', () => {
    // Three-month terms from 1 Jan: term 1 ends 1 Apr (notice deadline 2 Mar), term 2 ends 1 Jul
    // (deadline 1 Jun), term 3 ends 1 Oct. The earliest end is the end of the first term whose
    // deadline is on or after asOf; the term starting there is k = 1, the next k = 2.
    it.each<Case>([
      [
        'before the notice deadline, the next term is the first renewal',
        [fixedTerm()],
        '2026-03-01',
        6,
        {
          EUR: {
            '2026-03': [100000, 0, 0],
            '2026-04': [0, 90000, 0],
            '2026-05': [0, 90000, 0],
            '2026-06': [0, 90000, 0],
            '2026-07': [0, 81000, 0],
            '2026-08': [0, 81000, 0],
          },
        },
      ],
      [
        'on the notice deadline, notice can still be given: the same',
        [fixedTerm()],
        '2026-03-02',
        6,
        {
          EUR: {
            '2026-03': [100000, 0, 0],
            '2026-04': [0, 90000, 0],
            '2026-05': [0, 90000, 0],
            '2026-06': [0, 90000, 0],
            '2026-07': [0, 81000, 0],
            '2026-08': [0, 81000, 0],
          },
        },
      ],
      [
        'past the notice deadline, the next term is committed and the one after is k = 1',
        [fixedTerm()],
        '2026-03-03',
        6,
        {
          EUR: {
            '2026-03': [100000, 0, 0],
            '2026-04': [100000, 0, 0],
            '2026-05': [100000, 0, 0],
            '2026-06': [100000, 0, 0],
            '2026-07': [0, 90000, 0],
            '2026-08': [0, 90000, 0],
          },
        },
      ],
      // Quarterly, 12-month terms from 1 Jul 2025, 60 days' notice: term 1 ends 1 Jul 2026 (deadline
      // 2 May). p = 0.8^(12/12) = 0.8: term 2 (Jul, Oct, Jan, Apr) k = 1, term 3 (Jul 2027) k = 2.
      [
        'without its own probability, p = annual retention^(term / 12)',
        [
          retainer({
            startDate: '2025-07-01',
            termMonths: 12,
            periodMonths: 3,
            noticeDays: 60,
            feeMinor: 300000,
            renewalProbability: null,
          }),
        ],
        '2026-04-15',
        16,
        {
          EUR: {
            '2026-04': [300000, 0, 0],
            '2026-07': [0, 240000, 0],
            '2026-10': [0, 240000, 0],
            '2027-01': [0, 240000, 0],
            '2027-04': [0, 240000, 0],
            '2027-07': [0, 192000, 0],
          },
        },
      ],
      // Quarterly, 6-month terms from 1 Jan 2026: term 1 ends 1 Jul (deadline 1 Jun).
      // p = 0.81^(6/12) = 0.9: term 2 (Jul, Oct) k = 1, term 3 (Jan 2027) k = 2.
      [
        'quarterly periods in six-month terms, p = retention^(6 / 12)',
        [retainer({ termMonths: 6, periodMonths: 3, feeMinor: 300000, renewalProbability: null })],
        '2026-01-20',
        13,
        {
          EUR: {
            '2026-01': [300000, 0, 0],
            '2026-04': [300000, 0, 0],
            '2026-07': [0, 270000, 0],
            '2026-10': [0, 270000, 0],
            '2027-01': [0, 243000, 0],
          },
        },
        { annualRetention: 0.81 },
      ],
      // Without auto-renewal the earliest end is the first term's end, 1 Apr, whatever the date.
      [
        'without auto-renewal: the first term only, then nothing',
        [fixedTerm({ autoRenew: false })],
        '2026-03-20',
        4,
        { EUR: { '2026-03': [100000, 0, 0] } },
      ],
    ])('%s', (_, agreements, asOf, months, expected, overrides) => {
      expectForecast(forecast(agreements, asOf, months, { ...assumptions, ...overrides }), asOf, months, expected);
    });
  });

  describe('paused periods', () => {
    // Pauses are inclusive date ranges; a period whose start falls inside one forecasts nothing.
    it.each<Case>([
      // Earliest end 9 Apr. Apr paused (committed part), May k = 1, Jun paused but k = 2, Jul k = 3.
      [
        'a paused period forecasts nothing, and an open-ended one still counts it in k',
        [
          retainer({
            pauses: [
              { from: '2026-04-01', to: '2026-04-30' },
              { from: '2026-06-01', to: '2026-06-30' },
            ],
          }),
        ],
        '2026-03-10',
        5,
        { EUR: { '2026-03': [100000, 0, 0], '2026-05': [0, 90000, 0], '2026-07': [0, 72900, 0] } },
      ],
      [
        'a pause that does not cover a period’s first day pauses nothing',
        [retainer({ pauses: [{ from: '2026-03-02', to: '2026-03-31' }] })],
        '2026-03-10',
        3,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0], '2026-05': [0, 90000, 0] } },
      ],
      [
        'a pause ending on a period’s first day pauses that period',
        [retainer({ pauses: [{ from: '2026-02-15', to: '2026-03-01' }] })],
        '2026-03-10',
        3,
        { EUR: { '2026-04': [100000, 0, 0], '2026-05': [0, 90000, 0] } },
      ],
      // Fixed terms count k by term: May is paused, June is still term 2 (k = 1).
      [
        'a paused renewal period of a fixed term leaves the rest of its term at k = 1',
        [fixedTerm({ pauses: [{ from: '2026-05-01', to: '2026-05-31' }] })],
        '2026-03-01',
        6,
        {
          EUR: {
            '2026-03': [100000, 0, 0],
            '2026-04': [0, 90000, 0],
            '2026-06': [0, 90000, 0],
            '2026-07': [0, 81000, 0],
            '2026-08': [0, 81000, 0],
          },
        },
      ],
    ])('%s', (_, agreements, asOf, months, expected, overrides) => {
      expectForecast(forecast(agreements, asOf, months, { ...assumptions, ...overrides }), asOf, months, expected);
    });
  });

  describe('anchored periods', () => {
    // Periods are counted from the start date and clamped to the month's end, never chained.
    it.each<Case>([
      // From 31 Jan: periods 28 Feb, 31 Mar, 30 Apr, 31 May. 1 Feb + 28 → 1 Mar.
      [
        'from the 31st, February’s period starts on the 28th, before an earliest end of 1 March',
        [retainer({ startDate: '2026-01-31', noticeDays: 28 })],
        '2026-02-01',
        4,
        { EUR: { '2026-02': [100000, 0, 0], '2026-03': [0, 90000, 0], '2026-04': [0, 81000, 0], '2026-05': [0, 72900, 0] } },
      ],
      // 1 Mar + 29 → 30 Mar; March's period starts on the 31st (not the 28th, as chaining would give).
      [
        'from the 31st, March’s period is back on the 31st, after an earliest end of 30 March',
        [retainer({ startDate: '2026-01-31', noticeDays: 29 })],
        '2026-03-01',
        2,
        { EUR: { '2026-03': [0, 90000, 0], '2026-04': [0, 81000, 0] } },
      ],
      // 2024 is a leap year: the second period starts on 29 Feb, the earliest end (1 Feb + 28).
      [
        'from 31 January in a leap year, February’s period starts on the 29th',
        [retainer({ startDate: '2024-01-31', noticeDays: 28 })],
        '2024-02-01',
        2,
        { EUR: { '2024-02': [0, 90000, 0], '2024-03': [0, 81000, 0] } },
      ],
      // Quarterly from 30 Nov 2025: 28 Feb, 30 May, 30 Aug, 30 Nov. 10 Feb + 30 → 12 Mar.
      [
        'quarterly from 30 November: one period every third month, clamped in February',
        [retainer({ startDate: '2025-11-30', periodMonths: 3, feeMinor: 300000 })],
        '2026-02-10',
        11,
        { EUR: { '2026-02': [300000, 0, 0], '2026-05': [0, 270000, 0], '2026-08': [0, 243000, 0], '2026-11': [0, 218700, 0] } },
      ],
      // Quarterly from 15 Jan: the period of 15 Jan started before the window; next 15 Apr.
      [
        'a quarterly period that started before the window’s first month is not forecast',
        [retainer({ startDate: '2026-01-15', periodMonths: 3, feeMinor: 300000 })],
        '2026-02-10',
        4,
        { EUR: { '2026-04': [0, 270000, 0] } },
      ],
    ])('%s', (_, agreements, asOf, months, expected, overrides) => {
      expectForecast(forecast(agreements, asOf, months, { ...assumptions, ...overrides }), asOf, months, expected);
    });
  });

  describe('ends, statuses and kinds', () => {
    it.each<Case>([
      // The cancellation's effective date is the earliest end, even past asOf + notice (9 Apr).
      [
        'a pending cancellation: committed until its effective date, no renewal after it',
        [retainer({ cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-05-20' } })],
        '2026-03-10',
        5,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0], '2026-05': [100000, 0, 0] } },
      ],
      [
        'a cancellation before a renewing term’s end: nothing from its effective date on',
        [retainer({ termMonths: 12, cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-04-01' } })],
        '2026-03-10',
        3,
        { EUR: { '2026-03': [100000, 0, 0] } },
      ],
      [
        'a cancellation after the end of a term without auto-renewal: the term’s end counts',
        [fixedTerm({ autoRenew: false, cancellation: { noticeGivenOn: '2026-02-01', effectiveDate: '2026-06-01' } })],
        '2026-02-10',
        5,
        { EUR: { '2026-02': [100000, 0, 0], '2026-03': [100000, 0, 0] } },
      ],
      [
        'ended, cancelled and draft agreements forecast nothing, and their currencies are not listed',
        [
          retainer(),
          retainer({ id: 'e', status: 'ended', currency: 'GBP' }),
          retainer({ id: 'c', status: 'cancelled', currency: 'USD' }),
          retainer({ id: 'd', status: 'draft', currency: 'CHF' }),
        ],
        '2026-03-10',
        2,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0] } },
      ],
      [
        'an active project agreement forecasts nothing, but its currency is listed',
        [retainer({ kind: 'project', currency: 'USD' })],
        '2026-03-10',
        2,
        { USD: {} },
      ],
      // Due 15 Feb (before the window), 1 and 25 Mar (the month of asOf, before and after it),
      // 31 May, and 1 Jul (after the window).
      [
        'value installments are committed in the month they fall due, inside the window only',
        [
          retainer({
            kind: 'value',
            installments: [
              { dueDate: '2026-02-15', amountMinor: 111 },
              { dueDate: '2026-03-01', amountMinor: 250000 },
              { dueDate: '2026-03-25', amountMinor: 5 },
              { dueDate: '2026-05-31', amountMinor: 250000 },
              { dueDate: '2026-07-01', amountMinor: 999 },
            ],
          }),
        ],
        '2026-03-10',
        3,
        { EUR: { '2026-03': [250005, 0, 0], '2026-05': [250000, 0, 0] } },
      ],
    ])('%s', (_, agreements, asOf, months, expected, overrides) => {
      expectForecast(forecast(agreements, asOf, months, { ...assumptions, ...overrides }), asOf, months, expected);
    });
  });

  describe('pipeline', () => {
    // A sent proposal from 1 Apr, asOf 10 Mar: earliest end 1 Apr + 30 → 1 May. As if active:
    // 1 Apr committed 100000, 1 May k = 1 90000, 1 Jun k = 2 81000; × the win probability.
    const sent = retainer({ id: 's', status: 'sent', startDate: '2026-04-01' });
    it.each<Case>([
      [
        'a sent proposal is its committed and renewal × the win probability, in pipeline only',
        [sent],
        '2026-03-10',
        4,
        { EUR: { '2026-04': [0, 0, 50000], '2026-05': [0, 0, 45000], '2026-06': [0, 0, 40500] } },
      ],
      [
        'beside an active agreement, at a win probability of 0.3',
        [retainer(), sent],
        '2026-03-10',
        4,
        { EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 30000], '2026-05': [0, 90000, 27000], '2026-06': [0, 81000, 24300] } },
        { winProbability: 0.3 },
      ],
      [
        'a sent proposal in another currency has its own rows',
        [retainer(), { ...sent, currency: 'USD' }],
        '2026-03-10',
        3,
        {
          EUR: { '2026-03': [100000, 0, 0], '2026-04': [100000, 0, 0], '2026-05': [0, 90000, 0] },
          USD: { '2026-04': [0, 0, 50000], '2026-05': [0, 0, 45000] },
        },
      ],
      // 250001 × 0.5 = 125000.5 → 125001; 3 × 0.5 = 1.5 → 2.
      [
        'a sent value proposal: its installments × the win probability, halves rounded up',
        [
          retainer({
            kind: 'value',
            status: 'sent',
            installments: [
              { dueDate: '2026-03-20', amountMinor: 250001 },
              { dueDate: '2026-05-05', amountMinor: 3 },
            ],
          }),
        ],
        '2026-03-10',
        3,
        { EUR: { '2026-03': [0, 0, 125001], '2026-05': [0, 0, 2] } },
      ],
    ])('%s', (_, agreements, asOf, months, expected, overrides) => {
      expectForecast(forecast(agreements, asOf, months, { ...assumptions, ...overrides }), asOf, months, expected);
    });
  });

  describe('rounding', () => {
    it.each<Case>([
      // Fee 1 at p = 0.5: May 0.5 + 0.5 = 1, June 0.25 + 0.25 = 0.5 → 1 (rounded one by one: 2, then 0).
      [
        'each component is summed exactly over the agreements and rounded once',
        [retainer({ feeMinor: 1, renewalProbability: 0.5 }), retainer({ id: 'b', feeMinor: 1, renewalProbability: 0.5 })],
        '2026-03-10',
        4,
        { EUR: { '2026-03': [2, 0, 0], '2026-04': [2, 0, 0], '2026-05': [0, 1, 0], '2026-06': [0, 1, 0] } },
      ],
      // May: renewal 0.5 → 1 and pipeline 1 × 0.5 = 0.5 → 1, so expected is 2 (not round(1.0) = 1).
      [
        'expected is the sum of the three rounded components',
        [
          retainer({ feeMinor: 1, renewalProbability: 0.5 }),
          retainer({ id: 's', kind: 'value', status: 'sent', installments: [{ dueDate: '2026-05-10', amountMinor: 1 }] }),
        ],
        '2026-03-10',
        3,
        { EUR: { '2026-03': [1, 0, 0], '2026-04': [1, 0, 0], '2026-05': [0, 1, 1] } },
      ],
    ])('%s', (_, agreements, asOf, months, expected, overrides) => {
      expectForecast(forecast(agreements, asOf, months, { ...assumptions, ...overrides }), asOf, months, expected);
    });
  });

  it.each<[string, string, number, string[]]>([
    ['the month of asOf first, even on its last day', '2026-01-31', 3, ['2026-01', '2026-02', '2026-03']],
    ['across the year’s end', '2026-11-01', 4, ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['a single month', '2026-02-28', 1, ['2026-02']],
  ])('lists every month: %s', (_, asOf, months, labels) => {
    expect(forecast([retainer()], asOf, months, assumptions).EUR!.map((row) => row.month)).toEqual(labels);
    expect(monthLabels(asOf, months)).toEqual(labels);
  });

  it('forecasts nothing without agreements', () => {
    expect(forecast([], '2026-03-10', 12, assumptions)).toEqual({});
  });
});

describe('countsInForecast', () => {
  it.each<[string, ForecastAgreement['status'], boolean]>([
    ['an active agreement counts (committed and renewals)', 'active', true],
    ['a sent proposal counts (pipeline)', 'sent', true],
    ['a draft does not', 'draft', false],
    ['an ended agreement does not', 'ended', false],
    ['a cancelled agreement does not', 'cancelled', false],
  ])('%s', (_, status, counts) => {
    expect(countsInForecast({ status })).toBe(counts);
  });
});
