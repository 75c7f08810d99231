// How agreements read in the interface: kinds, billing periods, weekdays, filters.
import type { SelectOption } from '../../components/Select.tsx';

export type AgreementKind = 'work' | 'access' | 'value' | 'project';

export const KINDS: readonly { value: AgreementKind; label: string; description: string }[] = [
  {
    value: 'work',
    label: 'Pay-for-Work',
    description: 'A fixed fee per period buys a set amount of time; unused time may roll over, extra time is billed.',
  },
  {
    value: 'access',
    label: 'Pay-for-Access',
    description: 'A fixed fee per period buys access to you (a weekly call, messages), not a quantity of work.',
  },
  { value: 'value', label: 'Value-based', description: 'One fixed fee for an agreed outcome, paid in installments.' },
  { value: 'project', label: 'Hourly project', description: 'Work billed monthly in arrears at an hourly rate.' },
];

export function kindLabel(kind: string): string {
  return KINDS.find((k) => k.value === kind)?.label ?? kind;
}

export const STATUS_FILTER_OPTIONS: SelectOption[] = [
  { value: '', label: 'Any status' },
  { value: 'draft', label: 'Draft' },
  { value: 'sent', label: 'Sent' },
  { value: 'active', label: 'Active' },
  { value: 'ended', label: 'Ended' },
  { value: 'cancelled', label: 'Cancelled' },
];

export const KIND_FILTER_OPTIONS: SelectOption[] = [
  { value: '', label: 'Any kind' },
  ...KINDS.map((k) => ({ value: k.value, label: k.label })),
];

export function perPeriod(periodMonths: number): string {
  return periodMonths === 3 ? 'quarter' : 'month';
}

export const WEEKDAY_OPTIONS: SelectOption[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
  (day, index) => ({
    value: String(index + 1),
    label: day,
  }),
);

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

/** Routes of the area, in one place. */
export const agreementPath = (id: string) => `/agreements/${encodeURIComponent(id)}`;
