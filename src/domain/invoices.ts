export type StoredInvoiceStatus = 'draft' | 'issued' | 'void';
export type InvoiceStatus = StoredInvoiceStatus | 'paid';

/** An issued invoice is `paid` exactly when its payments cover its total (domain.md). */
export function invoiceStatus(stored: StoredInvoiceStatus, totalMinor: number, paidMinor: number): InvoiceStatus {
  return stored === 'issued' && paidMinor >= totalMinor ? 'paid' : stored;
}
