// What is due to be invoiced (docs/domain.md, "Invoices and payments"): each period's fee in
// advance while the agreement runs and the period is not paused, a period's overage once it
// has ended, value installments fallen due, and last calendar month's project minutes × the
// hourly rate rounded once; never a line already billed. Every figure is worked by hand.
import { describe, expect, it } from 'vitest';
import { type BillingAgreement, type DueLine, dueLines, invoiceNumber, lineKey, previousMonthStart } from '../../src/domain/billing.ts';
import type { UsagePeriod } from '../../src/domain/usage.ts';

const monthly: BillingAgreement = {
  id: 'b1',
  clientId: 'c1',
  kind: 'work',
  title: 'Coaching',
  currency: 'EUR',
  status: 'active',
  startDate: '2026-01-31',
  periodMonths: 1,
  termMonths: null,
  autoRenew: false,
  noticeDays: 30,
  cancellation: null,
  feeMinor: 50000,
  hourlyRateMinor: null,
  installments: [],
  pauses: [],
};

/** The three monthly fees from 31 January, as the first periods' dates run (anchored, clamped). */
const fee = (start: string, end: string): Line => ['fee', start, 50000, `Coaching: month from ${start} to ${end}`, null];
const FEE_JAN = fee('2026-01-31', '2026-02-27');
const FEE_FEB = fee('2026-02-28', '2026-03-30');
const FEE_MAR = fee('2026-03-31', '2026-04-29');

/** kind, period start, amount, description, minutes */
type Line = [DueLine['kind'], string, number, string, number | null];
const lines = (due: DueLine[]): Line[] => due.map((l) => [l.kind, l.periodStart, l.amountMinor, l.description, l.minutes]);

function ledgerRow(start: string, end: string, overageMinutes: number, overageMinor: number): UsagePeriod {
  return {
    start,
    end,
    includedMinutes: 120,
    rolloverInMinutes: 0,
    deliveredMinutes: 120 + overageMinutes,
    overageMinutes,
    overageMinor,
    rolloverOutMinutes: 0,
  };
}

describe('dueLines: retainer fees', () => {
  // agreement, up to, already billed → lines
  it.each<[string, BillingAgreement, string, string[], Line[]]>([
    ['every period that has started by the date, in advance', monthly, '2026-03-31', [], [FEE_JAN, FEE_FEB, FEE_MAR]],
    ['a period starting the day after is not due yet', monthly, '2026-03-30', [], [FEE_JAN, FEE_FEB]],
    ['nothing before the start', monthly, '2026-01-30', [], []],
    ['a fee already on an invoice is not billed again', monthly, '2026-03-31', ['b1|fee|2026-01-31', 'b1|fee|2026-03-31'], [FEE_FEB]],
    [
      'a period whose first day is in a pause is not billed',
      { ...monthly, pauses: [{ from: '2026-02-28', to: '2026-03-05' }] },
      '2026-03-31',
      [],
      [FEE_JAN, FEE_MAR],
    ],
    [
      'a pause that does not hold a period’s first day leaves it billed',
      { ...monthly, pauses: [{ from: '2026-02-01', to: '2026-02-27' }] },
      '2026-03-31',
      [],
      [FEE_JAN, FEE_FEB, FEE_MAR],
    ],
    [
      'nothing from the cancellation’s effective date on',
      { ...monthly, cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-03-31' } },
      '2026-06-30',
      [],
      [FEE_JAN, FEE_FEB],
    ],
    ['a two-month term without renewal ends on 31 March', { ...monthly, termMonths: 2 }, '2026-06-30', [], [FEE_JAN, FEE_FEB]],
    ['an ended agreement is still billed what fell due', { ...monthly, status: 'ended' }, '2026-02-27', [], [FEE_JAN]],
    ['a cancelled agreement too', { ...monthly, status: 'cancelled' }, '2026-02-27', [], [FEE_JAN]],
    ['a draft is never billed', { ...monthly, status: 'draft' }, '2026-03-31', [], []],
    ['a proposal is never billed', { ...monthly, status: 'sent' }, '2026-03-31', [], []],
    [
      'quarters of an access retainer',
      { ...monthly, kind: 'access', startDate: '2026-01-01', periodMonths: 3, feeMinor: 120000, title: 'Access' },
      '2026-04-01',
      [],
      [
        ['fee', '2026-01-01', 120000, 'Access: quarter from 2026-01-01 to 2026-03-31', null],
        ['fee', '2026-04-01', 120000, 'Access: quarter from 2026-04-01 to 2026-06-30', null],
      ],
    ],
  ])('%s', (_, agreement, upTo, billed, expected) => {
    expect(lines(dueLines(agreement, upTo, new Set(billed), [], 0))).toEqual(expected);
  });

  it('names the client, currency and agreement on every line', () => {
    const [line] = dueLines({ ...monthly, clientId: 'c7', currency: 'CHF' }, '2026-01-31', new Set(), [], 0);
    expect(line).toEqual({
      clientId: 'c7',
      currency: 'CHF',
      agreementId: 'b1',
      kind: 'fee',
      description: 'Coaching: month from 2026-01-31 to 2026-02-27',
      amountMinor: 50000,
      periodStart: '2026-01-31',
      minutes: null,
    });
  });
});

describe('dueLines: overage', () => {
  const ledger = [
    ledgerRow('2026-01-31', '2026-02-27', 30, 5000),
    ledgerRow('2026-02-28', '2026-03-30', 15, 2500),
    ledgerRow('2026-03-31', '2026-04-29', 0, 0),
  ];
  const OVER_JAN: Line = ['overage', '2026-01-31', 5000, 'Coaching: 30 minutes beyond the allowance, 2026-01-31 to 2026-02-27', 30];
  const OVER_FEB: Line = ['overage', '2026-02-28', 2500, 'Coaching: 15 minutes beyond the allowance, 2026-02-28 to 2026-03-30', 15];

  it.each<[string, string, string[], Line[]]>([
    ['a period’s overage is billed once it has ended, with the next fee', '2026-02-28', ['b1|fee|2026-01-31'], [FEE_FEB, OVER_JAN]],
    ['the running period’s overage waits for its end', '2026-03-30', ['b1|fee|2026-01-31', 'b1|fee|2026-02-28'], [OVER_JAN]],
    [
      'each ended period with overage, none without',
      '2026-04-29',
      ['b1|fee|2026-01-31', 'b1|fee|2026-02-28', 'b1|fee|2026-03-31'],
      [OVER_JAN, OVER_FEB],
    ],
    [
      'an overage already billed is not billed again',
      '2026-04-29',
      ['b1|fee|2026-01-31', 'b1|fee|2026-02-28', 'b1|fee|2026-03-31', 'b1|overage|2026-01-31'],
      [OVER_FEB],
    ],
  ])('%s', (_, upTo, billed, expected) => {
    expect(lines(dueLines(monthly, upTo, new Set(billed), ledger, 0))).toEqual(expected);
  });
});

describe('dueLines: value installments', () => {
  const value: BillingAgreement = {
    ...monthly,
    kind: 'value',
    title: 'Strategy',
    startDate: '2026-03-01',
    termMonths: 12,
    feeMinor: 60000,
    installments: [
      { dueDate: '2026-03-01', amountMinor: 30000 },
      { dueDate: '2026-09-01', amountMinor: 30000 },
    ],
  };
  const FIRST: Line = ['installment', '2026-03-01', 30000, 'Strategy: installment 1 of 2', null];
  const SECOND: Line = ['installment', '2026-09-01', 30000, 'Strategy: installment 2 of 2', null];

  it.each<[string, string, string[], Line[]]>([
    ['nothing before the first due date', '2026-02-28', [], []],
    ['an installment on its due date, not the next', '2026-03-01', [], [FIRST]],
    ['both once both fell due; no fee line for a value agreement', '2026-09-01', [], [FIRST, SECOND]],
    ['an installment already billed is not billed again', '2026-12-31', ['b1|installment|2026-03-01'], [SECOND]],
  ])('%s', (_, upTo, billed, expected) => {
    expect(lines(dueLines(value, upTo, new Set(billed), [], 0))).toEqual(expected);
  });
});

describe('dueLines: project work', () => {
  const project: BillingAgreement = {
    ...monthly,
    kind: 'project',
    title: 'Advisory',
    startDate: '2026-02-10',
    feeMinor: 0,
    hourlyRateMinor: 12000,
  };

  // agreement, up to, last month's minutes → lines
  it.each<[string, BillingAgreement, string, number, Line[]]>([
    [
      'last calendar month’s minutes × the hourly rate',
      project,
      '2026-03-15',
      95,
      [['project', '2026-02-01', 19000, 'Advisory: 95 minutes in 2026-02', 95]],
    ],
    [
      'rounded once, half away from zero: 3 minutes at 100.10 an hour is 5.005',
      { ...project, hourlyRateMinor: 10010 },
      '2026-03-01',
      3,
      [['project', '2026-02-01', 501, 'Advisory: 3 minutes in 2026-02', 3]],
    ],
    [
      'January’s work is billed in February, across the year',
      { ...project, startDate: '2025-11-03' },
      '2026-01-05',
      60,
      [['project', '2025-12-01', 12000, 'Advisory: 60 minutes in 2025-12', 60]],
    ],
    ['no month before the agreement’s first', { ...project, startDate: '2026-03-01' }, '2026-03-15', 95, []],
    ['no line without minutes', project, '2026-03-15', 0, []],
    ['no line without an hourly rate', { ...project, hourlyRateMinor: null }, '2026-03-15', 95, []],
  ])('%s', (_, agreement, upTo, minutes, expected) => {
    expect(lines(dueLines(agreement, upTo, new Set(), [], minutes))).toEqual(expected);
  });

  it('a month already billed is not billed again', () => {
    expect(dueLines(project, '2026-03-15', new Set(['b1|project|2026-02-01']), [], 95)).toEqual([]);
  });
});

describe('line keys, months and numbers', () => {
  it.each<[Parameters<typeof lineKey>[0], string]>([
    [{ agreementId: 'b1', kind: 'fee', periodStart: '2026-01-31' }, 'b1|fee|2026-01-31'],
    [{ agreementId: 'b1', kind: 'overage', periodStart: '2026-01-31' }, 'b1|overage|2026-01-31'],
    [{ agreementId: 'b2', kind: 'installment', periodStart: '2026-09-01' }, 'b2|installment|2026-09-01'],
  ])('%j is keyed %s', (line, key) => {
    expect(lineKey(line)).toBe(key);
  });

  it.each<[string, string]>([
    ['2026-03-15', '2026-02-01'],
    ['2026-03-01', '2026-02-01'],
    ['2026-03-31', '2026-02-01'],
    ['2026-01-01', '2025-12-01'],
    ['2024-03-31', '2024-02-01'],
  ])('the month before the month of %s starts on %s', (date, start) => {
    expect(previousMonthStart(date)).toBe(start);
  });

  it.each<[number, number, string]>([
    [2026, 1, 'INV-2026-0001'],
    [2026, 42, 'INV-2026-0042'],
    [2027, 9999, 'INV-2027-9999'],
    [2027, 12345, 'INV-2027-12345'],
  ])('invoice %i/%i is numbered %s', (year, sequence, number) => {
    expect(invoiceNumber(year, sequence)).toBe(number);
  });
});
