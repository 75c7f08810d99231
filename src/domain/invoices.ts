// Invoice money: an invoice's status, balance, whether it is open or overdue, and what a
// client (or the whole practice) is owed per currency. Every place that shows or filters
// on one of these calls this module, so the clients list, the client page, Today and the
// invoice screens cannot disagree.
import type { CalendarDate } from './dates.ts';
import { type MoneyAmount, sumByCurrency } from './money.ts';

export type StoredInvoiceStatus = 'draft' | 'issued' | 'void';
export type InvoiceStatus = StoredInvoiceStatus | 'paid';

/**
 * An invoice's total: the sum of its lines. The store's SQL reads (which add up many
 * invoices at once) sum `invoice_lines.amount_minor` the same way.
 */
export function invoiceTotalMinor(lines: readonly { amountMinor: number }[]): number {
  return lines.reduce((sum, line) => sum + line.amountMinor, 0);
}

/** What an invoice's money is made of, as the store reads it. */
export interface InvoiceAmounts {
  storedStatus: StoredInvoiceStatus;
  /** The sum of its lines. */
  totalMinor: number;
  /** The sum of its payments. */
  paidMinor: number;
}

/**
 * What is still due on an invoice: total − payments, and 0 for a void invoice (it is not
 * owed). Never negative: an overpaid invoice has nothing due, and its overpayment is not a
 * credit that lowers what the client owes on another invoice (docs/decisions.md,
 * "Overpaid invoices"). Payments are refused above the balance, so only an imported
 * workspace can hold one.
 */
export function balanceDueMinor({ storedStatus, totalMinor, paidMinor }: InvoiceAmounts): number {
  return storedStatus === 'void' ? 0 : Math.max(0, totalMinor - paidMinor);
}

/** An issued invoice is `paid` exactly when its payments cover its total (docs/domain.md). */
export function invoiceStatus(stored: StoredInvoiceStatus, totalMinor: number, paidMinor: number): InvoiceStatus {
  return stored === 'issued' && balanceDueMinor({ storedStatus: stored, totalMinor, paidMinor }) === 0 ? 'paid' : stored;
}

/** An invoice's derived money fields, as every invoice read returns them. */
export function invoiceMoney(amounts: InvoiceAmounts): {
  status: InvoiceStatus;
  totalMinor: number;
  paidMinor: number;
  balanceMinor: number;
} {
  return {
    status: invoiceStatus(amounts.storedStatus, amounts.totalMinor, amounts.paidMinor),
    totalMinor: amounts.totalMinor,
    paidMinor: amounts.paidMinor,
    balanceMinor: balanceDueMinor(amounts),
  };
}

/**
 * Open: issued and not yet covered by its payments, so something is owed on it. Drafts are
 * not owed yet, void and paid invoices no longer. Takes the derived status (see
 * `invoiceStatus`), which is what every invoice read carries.
 */
export function isOpen(invoice: { status: InvoiceStatus }): boolean {
  return invoice.status === 'issued';
}

/** Overdue on `today`: open and due before it (an invoice due today is not overdue yet). */
export function isOverdue(invoice: { status: InvoiceStatus; dueDate: CalendarDate }, today: CalendarDate): boolean {
  return isOpen(invoice) && invoice.dueDate < today;
}

/** The figures of an invoice that the balances below add up. */
export interface OwedInvoice {
  clientId: string;
  currency: string;
  status: InvoiceStatus;
  balanceMinor: number;
}

/**
 * What each client owes on open invoices, per currency in code order; a client who owes
 * nothing has no entry, and no currency appears with 0. Each open invoice adds its own
 * balance due, so an overpaid invoice (balance 0, status `paid`) changes nothing.
 */
export function balancesByClient(invoices: readonly OwedInvoice[]): Map<string, MoneyAmount[]> {
  const owed = new Map<string, MoneyAmount[]>();
  for (const invoice of invoices) {
    if (!isOpen(invoice) || invoice.balanceMinor <= 0) continue;
    const amounts = owed.get(invoice.clientId) ?? [];
    amounts.push({ currency: invoice.currency, amountMinor: invoice.balanceMinor });
    owed.set(invoice.clientId, amounts);
  }
  return new Map([...owed].map(([clientId, amounts]) => [clientId, sumByCurrency(amounts)]));
}

/** What is owed on open invoices in all, per currency in code order (currencies are never mixed). */
export function balancesByCurrency(invoices: readonly OwedInvoice[]): MoneyAmount[] {
  return sumByCurrency(
    invoices
      .filter((invoice) => isOpen(invoice) && invoice.balanceMinor > 0)
      .map((i) => ({ currency: i.currency, amountMinor: i.balanceMinor })),
  );
}
