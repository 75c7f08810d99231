// How invoice statuses, line kinds and payment methods read, and the status filters.
import type { ApiInput, ApiOutput } from '../../api.ts';
import type { Segment } from '../../components/SegmentedControl.tsx';

export type InvoiceRow = ApiOutput<'invoices.list'>[number];
export type InvoiceDetail = ApiOutput<'invoices.get'>;
export type DueLine = ApiOutput<'invoices.preview'>[number];
export type PaymentMethod = ApiInput<'payments.record'>['method'];
export type InvoiceFilter = NonNullable<ApiInput<'invoices.list'>['status']> | 'all';

export const INVOICE_FILTERS: Segment<InvoiceFilter>[] = [
  { value: 'draft', label: 'Drafts' },
  { value: 'open', label: 'Open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
  { value: 'all', label: 'All' },
];

export function isInvoiceFilter(value: string | null): value is InvoiceFilter {
  return INVOICE_FILTERS.some((f) => f.value === value);
}

export const LINE_KIND_LABELS: Record<DueLine['kind'], string> = {
  fee: 'Fee',
  overage: 'Overage',
  installment: 'Installment',
  project: 'Project time',
};

export const PAYMENT_METHOD_OPTIONS: { value: PaymentMethod; label: string }[] = [
  { value: 'bank_transfer', label: 'Bank transfer' },
  { value: 'card', label: 'Card' },
  { value: 'cash', label: 'Cash' },
  { value: 'cheque', label: 'Cheque' },
  { value: 'other', label: 'Other' },
];

export const PAYMENT_METHOD_LABELS = Object.fromEntries(PAYMENT_METHOD_OPTIONS.map((o) => [o.value, o.label])) as Record<
  PaymentMethod,
  string
>;

export function invoicePath(id: string): string {
  return `/invoices/${encodeURIComponent(id)}`;
}
