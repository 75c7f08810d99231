// Invoice money, the one module every screen's figures come from. Cases worked by hand.
import { describe, expect, it } from 'vitest';
import {
  balanceDueMinor,
  balancesByClient,
  balancesByCurrency,
  type InvoiceStatus,
  invoiceMoney,
  invoiceStatus,
  invoiceTotalMinor,
  isOpen,
  isOverdue,
  type OwedInvoice,
  type StoredInvoiceStatus,
} from '../../src/domain/invoices.ts';
import { sumByCurrency } from '../../src/domain/money.ts';

describe('an invoice total', () => {
  it.each<[string, number[], number]>([
    ['no lines', [], 0],
    ['one fee', [150000], 150000],
    ['a fee and its overage', [150000, 7500], 157500],
    ['a minor unit on top of a fee', [99999, 1], 100000],
  ])('%s: the sum of its lines', (_, amounts, total) => {
    expect(invoiceTotalMinor(amounts.map((amountMinor) => ({ amountMinor })))).toBe(total);
  });
});

describe('one invoice', () => {
  // stored status, total, paid → derived status, balance due, open
  it.each<[string, StoredInvoiceStatus, number, number, InvoiceStatus, number, boolean]>([
    ['a draft is not owed yet', 'draft', 50000, 0, 'draft', 50000, false],
    ['a void invoice owes nothing, paid or not', 'void', 50000, 0, 'void', 0, false],
    ['a void invoice with a payment still owes nothing', 'void', 50000, 20000, 'void', 0, false],
    ['issued, nothing paid', 'issued', 50000, 0, 'issued', 50000, true],
    ['issued, partly paid', 'issued', 50000, 12345, 'issued', 37655, true],
    ['issued, one minor unit short', 'issued', 50000, 49999, 'issued', 1, true],
    ['issued, paid exactly', 'issued', 50000, 50000, 'paid', 0, false],
    ['issued, overpaid by 1000: nothing due, never negative', 'issued', 100000, 101000, 'paid', 0, false],
    ['issued with no lines: covered at once', 'issued', 0, 0, 'paid', 0, false],
  ])('%s', (_, storedStatus, totalMinor, paidMinor, status, balanceMinor, open) => {
    expect(invoiceStatus(storedStatus, totalMinor, paidMinor)).toBe(status);
    expect(balanceDueMinor({ storedStatus, totalMinor, paidMinor })).toBe(balanceMinor);
    expect(invoiceMoney({ storedStatus, totalMinor, paidMinor })).toEqual({ status, totalMinor, paidMinor, balanceMinor });
    expect(isOpen({ status })).toBe(open);
  });

  // Today is 2026-03-05.
  it.each<[string, InvoiceStatus, string, boolean]>([
    ['open, due yesterday', 'issued', '2026-03-04', true],
    ['open, due today: not yet', 'issued', '2026-03-05', false],
    ['open, due tomorrow', 'issued', '2026-03-06', false],
    ['open, due last year', 'issued', '2025-12-31', true],
    ['paid, due long ago', 'paid', '2026-01-01', false],
    ['draft, due long ago', 'draft', '2026-01-01', false],
    ['void, due long ago', 'void', '2026-01-01', false],
  ])('overdue: %s', (_, status, dueDate, overdue) => {
    expect(isOverdue({ status, dueDate }, '2026-03-05')).toBe(overdue);
  });
});

describe('balances', () => {
  const owed = (
    clientId: string,
    currency: string,
    storedStatus: StoredInvoiceStatus,
    totalMinor: number,
    paidMinor: number,
  ): OwedInvoice => {
    const { status, balanceMinor } = invoiceMoney({ storedStatus, totalMinor, paidMinor });
    return { clientId, currency, status, balanceMinor };
  };

  it('adds each open invoice balance per client and currency; an overpayment lowers no other invoice', () => {
    const invoices = [
      owed('ada', 'EUR', 'issued', 100000, 101000), // overpaid by 1000: adds nothing
      owed('ada', 'EUR', 'issued', 270000, 0),
      owed('ada', 'USD', 'issued', 15000, 5000), // 10000 left
      owed('ada', 'EUR', 'draft', 99999, 0), // not owed yet
      owed('ada', 'EUR', 'void', 88888, 0), // never owed
      owed('ben', 'EUR', 'issued', 40000, 40000), // paid
      owed('cleo', 'CHF', 'issued', 30000, 10000), // 20000 left
      owed('cleo', 'CHF', 'issued', 5000, 0),
      owed('cleo', 'AUD', 'issued', 700, 0),
    ];
    expect(Object.fromEntries(balancesByClient(invoices))).toEqual({
      ada: [
        { currency: 'EUR', amountMinor: 270000 },
        { currency: 'USD', amountMinor: 10000 },
      ],
      cleo: [
        { currency: 'AUD', amountMinor: 700 },
        { currency: 'CHF', amountMinor: 25000 },
      ],
    });
    expect(balancesByCurrency(invoices)).toEqual([
      { currency: 'AUD', amountMinor: 700 },
      { currency: 'CHF', amountMinor: 25000 },
      { currency: 'EUR', amountMinor: 270000 },
      { currency: 'USD', amountMinor: 10000 },
    ]);
  });

  it('owes nothing when nothing is open', () => {
    const settled = [owed('ben', 'EUR', 'issued', 40000, 40000), owed('ben', 'EUR', 'draft', 500, 0)];
    expect(balancesByClient(settled).size).toBe(0);
    expect(balancesByCurrency(settled)).toEqual([]);
    expect(balancesByCurrency([])).toEqual([]);
  });

  it('sums per currency, never across, in code order', () => {
    expect(
      sumByCurrency([
        { currency: 'USD', amountMinor: 100 },
        { currency: 'EUR', amountMinor: 250 },
        { currency: 'USD', amountMinor: 1 },
        { currency: 'CHF', amountMinor: 0 },
      ]),
    ).toEqual([
      { currency: 'CHF', amountMinor: 0 },
      { currency: 'EUR', amountMinor: 250 },
      { currency: 'USD', amountMinor: 101 },
    ]);
  });
});
