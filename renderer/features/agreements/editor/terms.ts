// The terms form as text: what the coach is typing, whether or not it is valid yet. It
// turns into a patch for the core, which is the judge; only text that cannot be a number
// at all is caught here (the core never sees it).
import { DEFAULT_NOTICE_DAYS, DEFAULT_TERM_MONTHS, defaultSlot } from '../../../../src/domain/agreement-defaults.ts';
import { moneyText, parseMoney } from '../../../../src/domain/money-text.ts';
import type { Agreement, TermsPatch } from '../types.ts';

export interface InstallmentDraft {
  dueDate: string;
  amount: string;
}

export interface SlotDraft {
  weekday: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  intervalWeeks: '1' | '2';
}

export interface TermsDraft {
  title: string;
  currency: string;
  startDate: string;
  openEnded: boolean;
  termMonths: string;
  autoRenew: boolean;
  noticeDays: string;
  periodMonths: '1' | '3';
  fee: string;
  includedMinutes: string;
  rolloverCapMinutes: string;
  overageRate: string;
  overageIncrementMinutes: string;
  fairUseMinutes: string;
  hourlyRate: string;
  agreedValue: string;
  /** null: the core splits the fee (half at the start, the rest mid-term); a list once edited. */
  installments: InstallmentDraft[] | null;
  hasSlot: boolean;
  slot: SlotDraft;
}

function slotDraft(slot: NonNullable<Agreement['slot']>): SlotDraft {
  return {
    weekday: String(slot.weekday),
    time: slot.time,
    timeZone: slot.timeZone,
    durationMinutes: String(slot.durationMinutes),
    intervalWeeks: slot.intervalWeeks === 2 ? '2' : '1',
  };
}

/** What the form holds before an agreement has loaded. */
export const EMPTY_TERMS: TermsDraft = {
  title: '',
  currency: 'EUR',
  startDate: '',
  openEnded: false,
  termMonths: String(DEFAULT_TERM_MONTHS),
  autoRenew: false,
  noticeDays: String(DEFAULT_NOTICE_DAYS),
  periodMonths: '1',
  fee: '',
  includedMinutes: '',
  rolloverCapMinutes: '',
  overageRate: '',
  overageIncrementMinutes: '',
  fairUseMinutes: '',
  hourlyRate: '',
  agreedValue: '',
  installments: null,
  hasSlot: false,
  slot: slotDraft(defaultSlot('UTC')),
};

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function draftFromAgreement(a: Agreement, defaultZone: string): TermsDraft {
  const money = (minor: number | null) => moneyText(minor, a.currency);
  return {
    title: a.title,
    currency: a.currency,
    startDate: a.startDate,
    openEnded: a.termMonths === null,
    // Open-ended or project work: turning a fixed term on offers the core's default term.
    termMonths: text(a.termMonths ?? DEFAULT_TERM_MONTHS),
    autoRenew: a.autoRenew,
    noticeDays: text(a.noticeDays),
    periodMonths: a.periodMonths === 3 ? '3' : '1',
    fee: money(a.feeMinor),
    includedMinutes: text(a.includedMinutes),
    rolloverCapMinutes: text(a.rolloverCapMinutes),
    overageRate: money(a.overageRateMinorPerHour),
    overageIncrementMinutes: text(a.overageIncrementMinutes),
    fairUseMinutes: text(a.fairUseMinutes),
    hourlyRate: money(a.hourlyRateMinor),
    agreedValue: money(a.agreedValueMinor),
    installments: null,
    hasSlot: a.slot !== null,
    // No weekly call yet: turning one on offers the call the core gives a new agreement.
    slot: slotDraft(a.slot ?? defaultSlot(defaultZone)),
  };
}

/** Field path (as the core names it) → message, for text that is not a number at all. */
export type FieldErrors = Record<string, string>;

function wholeNumber(value: string, field: string, errors: FieldErrors): number | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  // Decimals go to the core, which says "must be a whole number of …" in its own words.
  const number = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(number)) {
    errors[field] = 'must be a number';
    return undefined;
  }
  return number;
}

/**
 * The patch for agreements.update / preview / amend. Fields that cannot be read are left out
 * (the stored value stands) and reported in `errors` under the core's field names.
 */
export function termsPatch(draft: TermsDraft, kind: Agreement['kind']): { patch: TermsPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const patch: Record<string, unknown> = {};
  const put = (field: string, value: unknown) => {
    if (value !== undefined) patch[field] = value;
  };
  const amount = (value: string, field: string) => {
    const parsed = parseMoney(value, draft.currency);
    if (!parsed.ok) {
      errors[field] = parsed.message;
      return undefined;
    }
    return parsed.minor;
  };
  const required = <T>(value: T | null | undefined, field: string): T | undefined => {
    if (value === null) {
      errors[field] = 'is required';
      return undefined;
    }
    return value;
  };

  put('title', draft.title);
  put('currency', draft.currency);
  put('startDate', draft.startDate);
  put('termMonths', draft.openEnded ? null : required(wholeNumber(draft.termMonths, 'termMonths', errors), 'termMonths'));
  put('autoRenew', draft.openEnded ? false : draft.autoRenew);
  put('noticeDays', required(wholeNumber(draft.noticeDays, 'noticeDays', errors), 'noticeDays'));
  if (kind === 'work' || kind === 'access') put('periodMonths', Number(draft.periodMonths));
  if (kind !== 'project') put('feeMinor', required(amount(draft.fee, 'feeMinor'), 'feeMinor'));
  if (kind === 'work') {
    // An empty allowance goes to the core as null: it says why a work retainer needs one.
    put('includedMinutes', wholeNumber(draft.includedMinutes, 'includedMinutes', errors));
    put('rolloverCapMinutes', wholeNumber(draft.rolloverCapMinutes, 'rolloverCapMinutes', errors));
    put('overageRateMinorPerHour', amount(draft.overageRate, 'overageRateMinorPerHour'));
    put('overageIncrementMinutes', wholeNumber(draft.overageIncrementMinutes, 'overageIncrementMinutes', errors));
  }
  if (kind === 'access') put('fairUseMinutes', wholeNumber(draft.fairUseMinutes, 'fairUseMinutes', errors));
  if (kind === 'project') put('hourlyRateMinor', amount(draft.hourlyRate, 'hourlyRateMinor'));
  if (kind === 'value') {
    put('agreedValueMinor', amount(draft.agreedValue, 'agreedValueMinor'));
    if (draft.installments) {
      const list = draft.installments.map((item, index) => ({
        dueDate: item.dueDate,
        amountMinor: required(amount(item.amount, `installments[${index}].amountMinor`), `installments[${index}].amountMinor`),
      }));
      if (list.every((item) => item.amountMinor !== undefined)) put('installments', list);
    }
  }
  if (!draft.hasSlot) put('slot', null);
  else {
    const weekday = Number(draft.slot.weekday);
    const durationMinutes = required(wholeNumber(draft.slot.durationMinutes, 'slot.durationMinutes', errors), 'slot.durationMinutes');
    if (durationMinutes !== undefined) {
      put('slot', {
        weekday,
        time: draft.slot.time.trim(),
        timeZone: draft.slot.timeZone,
        durationMinutes,
        intervalWeeks: Number(draft.slot.intervalWeeks),
      });
    }
  }
  return { patch: patch as TermsPatch, errors };
}

/** How each field the core may name reads in a message ("Fee must not be negative"). */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  currency: 'Currency',
  startDate: 'Start date',
  termMonths: 'Term',
  autoRenew: 'Auto-renew',
  noticeDays: 'Notice',
  periodMonths: 'Billing period',
  feeMinor: 'Fee',
  includedMinutes: 'Included minutes',
  rolloverCapMinutes: 'Rollover cap',
  overageRateMinorPerHour: 'Overage rate',
  overageIncrementMinutes: 'Overage increment',
  fairUseMinutes: 'Fair-use minutes',
  hourlyRateMinor: 'Hourly rate',
  agreedValueMinor: 'Agreed value',
  installments: 'Installments',
  'slot.weekday': 'Weekday',
  'slot.time': 'Time',
  'slot.timeZone': 'Time zone',
  'slot.durationMinutes': 'Duration',
  'slot.intervalWeeks': 'Repeats',
  slot: 'Weekly call',
  effectiveDate: 'Effective date',
  signedBy: 'Signed by',
};
