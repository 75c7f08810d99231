// The merge fields a clause may use. Each resolves to formatted text, or to null when the
// agreement has no such value; an unknown or empty field is an error the editor shows and
// that blocks sending, never a silent blank.

import { AGREEMENT_KIND_TITLES } from '../domain/agreement-defaults.ts';
import { formatDate, formatMinutes, formatMoney, weekdayName } from '../domain/format.ts';
import type { Agreement } from '../store/agreements.ts';

export interface MergeContext {
  agreement: Omit<Agreement, 'id' | 'clientId'>;
  client: { name: string; company: string | null; email: string | null };
  business: { name: string; address: string };
  settings: { lateCancelHours: number; paymentTermsDays: number };
  locale: string;
}

type Resolver = (c: MergeContext) => string | null;

const money = (c: MergeContext, minor: number | null) => (minor === null ? null : formatMoney(minor, c.agreement.currency, c.locale));
const minutes = (value: number | null) => (value === null ? null : formatMinutes(value));

function termSentence(c: MergeContext): string {
  const a = c.agreement;
  if (a.termMonths === null) return 'This agreement has no fixed term and continues until either party ends it.';
  const term = a.termMonths === 1 ? 'one month' : `${a.termMonths} months`;
  return a.autoRenew
    ? `This agreement runs for an initial term of ${term} and then renews automatically for further terms of ${term}.`
    : `This agreement runs for a term of ${term} and then ends.`;
}

export const MERGE_FIELDS: Record<string, { label: string; resolve: Resolver }> = {
  'business.name': { label: 'Your business name', resolve: (c) => c.business.name.trim() || null },
  'business.address': { label: 'Your business address', resolve: (c) => c.business.address.trim() || null },
  'client.name': { label: 'Client name', resolve: (c) => c.client.name },
  'client.company': { label: 'Client company', resolve: (c) => c.client.company },
  'client.email': { label: 'Client email', resolve: (c) => c.client.email },
  'agreement.title': { label: 'Agreement title', resolve: (c) => c.agreement.title },
  'agreement.kind': { label: 'Kind of agreement', resolve: (c) => AGREEMENT_KIND_TITLES[c.agreement.kind] },
  'agreement.fee': { label: 'Fee', resolve: (c) => money(c, c.agreement.feeMinor) },
  'agreement.currency': { label: 'Currency', resolve: (c) => c.agreement.currency },
  'agreement.period': { label: 'Billing period', resolve: (c) => (c.agreement.periodMonths === 3 ? 'quarter' : 'month') },
  'agreement.startDate': { label: 'Start date', resolve: (c) => formatDate(c.agreement.startDate, c.locale) },
  'agreement.term': {
    label: 'Term',
    resolve: (c) => (c.agreement.termMonths === null ? 'open-ended' : `${c.agreement.termMonths} months`),
  },
  'agreement.termSentence': { label: 'Term and renewal sentence', resolve: termSentence },
  'agreement.noticeDays': { label: 'Notice (days)', resolve: (c) => String(c.agreement.noticeDays) },
  'agreement.includedMinutes': {
    label: 'Included minutes',
    resolve: (c) => (c.agreement.includedMinutes === null ? null : String(c.agreement.includedMinutes)),
  },
  'agreement.includedHours': { label: 'Included time', resolve: (c) => minutes(c.agreement.includedMinutes) },
  'agreement.rolloverCap': { label: 'Rollover cap', resolve: (c) => minutes(c.agreement.rolloverCapMinutes ?? 0) },
  'agreement.overageRate': { label: 'Overage rate per hour', resolve: (c) => money(c, c.agreement.overageRateMinorPerHour) },
  'agreement.overageIncrement': { label: 'Overage increment', resolve: (c) => minutes(c.agreement.overageIncrementMinutes ?? 15) },
  'agreement.fairUse': { label: 'Fair use', resolve: (c) => minutes(c.agreement.fairUseMinutes) },
  'agreement.hourlyRate': { label: 'Hourly rate', resolve: (c) => money(c, c.agreement.hourlyRateMinor) },
  'agreement.agreedValue': { label: 'Agreed value', resolve: (c) => money(c, c.agreement.agreedValueMinor) },
  'agreement.installments': {
    label: 'Installments',
    resolve: (c) =>
      c.agreement.installments.length === 0
        ? null
        : c.agreement.installments.map((i) => `${money(c, i.amountMinor)} due ${formatDate(i.dueDate, c.locale)}`).join('; '),
  },
  'slot.weekday': { label: 'Call weekday', resolve: (c) => (c.agreement.slot ? weekdayName(c.agreement.slot.weekday, c.locale) : null) },
  'slot.time': { label: 'Call time', resolve: (c) => c.agreement.slot?.time ?? null },
  'slot.timeZone': { label: 'Call time zone', resolve: (c) => c.agreement.slot?.timeZone ?? null },
  'slot.duration': { label: 'Call length', resolve: (c) => minutes(c.agreement.slot?.durationMinutes ?? null) },
  'slot.interval': {
    label: 'Call interval',
    resolve: (c) => (c.agreement.slot ? (c.agreement.slot.intervalWeeks === 2 ? 'two weeks' : 'week') : null),
  },
  'settings.lateCancelHours': { label: 'Late-cancel hours', resolve: (c) => String(c.settings.lateCancelHours) },
  'settings.paymentTermsDays': { label: 'Payment terms (days)', resolve: (c) => String(c.settings.paymentTermsDays) },
};

export type FieldResult = { ok: true; text: string } | { ok: false; message: string };

export function resolveField(name: string, context: MergeContext): FieldResult {
  const field = MERGE_FIELDS[name];
  if (!field) return { ok: false, message: `{{${name}}} is not a merge field` };
  const text = field.resolve(context);
  if (text === null || text.trim() === '') return { ok: false, message: `{{${name}}} (${field.label}) has no value for this agreement` };
  return { ok: true, text };
}

export function mergeFieldList(): { name: string; label: string }[] {
  return Object.entries(MERGE_FIELDS).map(([name, field]) => ({ name, label: field.label }));
}
