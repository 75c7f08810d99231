// The rules an agreement keeps within itself (docs/domain.md, "Who it is for, and the four kinds
// of agreement"): the term is a whole number of billing periods, Pay for Work needs its included
// minutes, a project its hourly rate, a value agreement's installments add up to its fee and only
// value agreements have installments, and no pause or cancellation comes before the start date.
// Each problem is reported under the path of the field it is about.
import { describe, expect, it } from 'vitest';
import { agreementProblems, hypotheticalRetainerProblems, termPeriodProblem } from '../../src/domain/agreement-rules.ts';
import type { WorkspaceAgreement } from '../../src/domain/model.ts';

type Agreement = Omit<WorkspaceAgreement, 'id' | 'clientId'>;

/** A Pay for Work agreement that keeps every rule. */
const work: Agreement = {
  kind: 'work',
  status: 'active',
  title: 'Leadership retainer',
  currency: 'GBP',
  startDate: '2026-03-01',
  termMonths: 6,
  autoRenew: true,
  noticeDays: 30,
  periodMonths: 1,
  feeMinor: 150_000,
  includedMinutes: 180,
  rolloverCapMinutes: 60,
  overageRateMinorPerHour: 12_000,
  overageIncrementMinutes: 15,
  fairUseMinutes: null,
  hourlyRateMinor: null,
  agreedValueMinor: null,
  installments: [],
  renewalProbability: null,
  slot: null,
  pauses: [],
  cancellation: null,
  sentAt: null,
  signedAt: null,
};

const access: Agreement = { ...work, kind: 'access', includedMinutes: null, fairUseMinutes: 240 };
const value: Agreement = {
  ...work,
  kind: 'value',
  autoRenew: false,
  feeMinor: 571_401,
  includedMinutes: null,
  installments: [
    { dueDate: '2026-03-01', amountMinor: 285_701 },
    { dueDate: '2026-06-01', amountMinor: 285_700 },
  ],
};
const project: Agreement = { ...work, kind: 'project', termMonths: null, includedMinutes: null, hourlyRateMinor: 9_000 };

const multipleOf = (months: number) => `must be a multiple of the billing period (${months} months)`;
const beforeStart = 'must not be before the start date';

describe('termPeriodProblem', () => {
  // term months, period months → problem
  it.each<[string, number | null, number, string | null]>([
    ['an open-ended agreement has no term to fit', null, 3, null],
    ['any whole number of months fits monthly billing', 7, 1, null],
    ['one month fits monthly billing', 1, 1, null],
    ['a year is four quarters', 12, 3, null],
    ['a single quarter', 3, 3, null],
    ['four months is a quarter and a month', 4, 3, multipleOf(3)],
    ['two months is less than a quarter', 2, 3, multipleOf(3)],
    ['eleven months is three quarters and two months', 11, 3, multipleOf(3)],
  ])('%s', (_, termMonths, periodMonths, problem) => {
    expect(termPeriodProblem(termMonths, periodMonths)).toBe(problem);
  });
});

describe('hypotheticalRetainerProblems (the revenue what-if)', () => {
  it.each<[string, number, number | null, number, { feeMinor?: string; termMonths?: string }]>([
    ['a monthly retainer for 12 months', 100000, 12, 1, {}],
    ['open-ended', 100000, null, 1, {}],
    ['the longest term, 120 months', 1, 120, 1, {}],
    ['a fee of 0', 0, 12, 1, { feeMinor: 'must be more than 0' }],
    ['a term of 0 months', 100000, 0, 1, { termMonths: 'must be 1 to 120 months' }],
    ['a term of 121 months', 100000, 121, 1, { termMonths: 'must be 1 to 120 months' }],
    ['a term of 2.5 months', 100000, 2.5, 1, { termMonths: 'must be a whole number of months' }],
    ['quarterly for 5 months', 100000, 5, 3, { termMonths: 'must be a multiple of the billing period (3 months)' }],
    ['quarterly for 6 months', 100000, 6, 3, {}],
    ['both wrong at once', 0, 200, 1, { feeMinor: 'must be more than 0', termMonths: 'must be 1 to 120 months' }],
  ])('%s', (_, feeMinor, termMonths, periodMonths, problems) => {
    expect(hypotheticalRetainerProblems({ feeMinor, termMonths, periodMonths })).toEqual(problems);
  });
});

describe('agreementProblems', () => {
  // the agreement → its problems by field path
  it.each<[string, Agreement, Record<string, string>]>([
    ['a Pay for Work agreement that keeps every rule', work, {}],
    ['a Pay for Access agreement needs no included minutes', access, {}],
    ['a value agreement whose two installments add up to its fee', value, {}],
    ['a value agreement without installments yet', { ...value, installments: [] }, {}],
    ['a project with an hourly rate and no term', project, {}],
    ['a quarterly agreement over six months (two quarters)', { ...work, periodMonths: 3, termMonths: 6 }, {}],
    ['a quarterly agreement over five months', { ...work, periodMonths: 3, termMonths: 5 }, { termMonths: multipleOf(3) }],
    ['an open-ended quarterly agreement', { ...work, periodMonths: 3, termMonths: null }, {}],
    [
      'Pay for Work without included minutes',
      { ...work, includedMinutes: null },
      { includedMinutes: 'is required for a Pay-for-Work retainer' },
    ],
    ['Pay for Work with 0 included minutes still has them', { ...work, includedMinutes: 0 }, {}],
    ['a project without an hourly rate', { ...project, hourlyRateMinor: null }, { hourlyRateMinor: 'is required for project work' }],
    ['a project at a rate of 0 still has one', { ...project, hourlyRateMinor: 0 }, {}],
    ['Pay for Access without a fair use figure', { ...access, fairUseMinutes: null }, {}],
    [
      'value installments one minor unit short of the fee',
      { ...value, feeMinor: 571_402 },
      { installments: 'must add up to the fee (571402), not 571401' },
    ],
    [
      'value installments one minor unit over the fee',
      { ...value, feeMinor: 571_400 },
      { installments: 'must add up to the fee (571400), not 571401' },
    ],
    ['a single value installment of the whole fee', { ...value, installments: [{ dueDate: '2026-03-01', amountMinor: 571_401 }] }, {}],
    [
      'three value installments: 200 000 + 200 000 + 171 401',
      {
        ...value,
        installments: [
          { dueDate: '2026-03-01', amountMinor: 200_000 },
          { dueDate: '2026-05-01', amountMinor: 200_000 },
          { dueDate: '2026-07-01', amountMinor: 171_401 },
        ],
      },
      {},
    ],
    ['a value fee of 0 with installments of 0', { ...value, feeMinor: 0, installments: [{ dueDate: '2026-03-01', amountMinor: 0 }] }, {}],
    [
      'installments on a Pay for Work agreement',
      { ...work, installments: value.installments },
      { installments: 'only value-based agreements have installments' },
    ],
    [
      'installments on a project, even adding up to its fee',
      { ...project, feeMinor: 571_401, installments: value.installments },
      { installments: 'only value-based agreements have installments' },
    ],
    ['a pause starting on the start date', { ...work, pauses: [{ from: '2026-03-01', to: '2026-03-31' }] }, {}],
    [
      'a pause starting the day before the start date',
      { ...work, pauses: [{ from: '2026-02-28', to: '2026-03-31' }] },
      { 'pauses[0].from': beforeStart },
    ],
    [
      'the second of two pauses before the start date, reported at its index',
      {
        ...work,
        pauses: [
          { from: '2026-05-01', to: '2026-05-31' },
          { from: '2025-12-01', to: '2025-12-31' },
        ],
      },
      { 'pauses[1].from': beforeStart },
    ],
    [
      'two pauses before the start date, each reported',
      {
        ...work,
        pauses: [
          { from: '2026-01-01', to: '2026-01-31' },
          { from: '2026-02-01', to: '2026-02-28' },
          { from: '2026-04-01', to: '2026-04-30' },
        ],
      },
      { 'pauses[0].from': beforeStart, 'pauses[1].from': beforeStart },
    ],
    [
      'a cancellation effective on the start date',
      { ...work, cancellation: { noticeGivenOn: '2026-02-01', effectiveDate: '2026-03-01' } },
      {},
    ],
    [
      'a cancellation effective the day before the start date',
      { ...work, cancellation: { noticeGivenOn: '2026-02-01', effectiveDate: '2026-02-28' } },
      { 'cancellation.effectiveDate': beforeStart },
    ],
    [
      'a cancellation whose notice came before the start but takes effect after it',
      { ...work, cancellation: { noticeGivenOn: '2026-02-01', effectiveDate: '2026-04-01' } },
      {},
    ],
    [
      'every rule broken at once by a project',
      {
        ...project,
        periodMonths: 3,
        termMonths: 4,
        hourlyRateMinor: null,
        installments: [{ dueDate: '2026-03-01', amountMinor: 100 }],
        pauses: [{ from: '2026-01-15', to: '2026-03-15' }],
        cancellation: { noticeGivenOn: '2026-01-01', effectiveDate: '2026-02-01' },
      },
      {
        termMonths: multipleOf(3),
        hourlyRateMinor: 'is required for project work',
        installments: 'only value-based agreements have installments',
        'pauses[0].from': beforeStart,
        'cancellation.effectiveDate': beforeStart,
      },
    ],
    [
      'a value agreement breaking its own rules',
      { ...value, periodMonths: 3, termMonths: 7, feeMinor: 100 },
      { termMonths: multipleOf(3), installments: 'must add up to the fee (100), not 571401' },
    ],
  ])('%s', (_, agreement, problems) => {
    expect(agreementProblems(agreement)).toEqual(problems);
  });
});
