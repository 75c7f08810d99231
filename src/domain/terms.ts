// Terms, notice and whether an agreement is in force (docs/domain.md, "Terms, notice,
// lifecycle"). Pure functions on plain values; dates are YYYY-MM-DD strings.
import { addDays, addMonths, type CalendarDate } from './dates.ts';

export interface TermsInput {
  status: 'draft' | 'sent' | 'active' | 'ended' | 'cancelled';
  startDate: CalendarDate;
  /** null: open-ended, runs until cancelled. */
  termMonths: number | null;
  autoRenew: boolean;
  noticeDays: number;
  cancellation: { noticeGivenOn: CalendarDate; effectiveDate: CalendarDate } | null;
}

/** The exclusive end of term n (n = 1, 2, …). */
export function termEnd(startDate: CalendarDate, termMonths: number, n: number): CalendarDate {
  return addMonths(startDate, n * termMonths);
}

/** The last day notice can be given for the agreement to end at `end`. */
export function noticeDeadline(end: CalendarDate, noticeDays: number): CalendarDate {
  return addDays(end, -noticeDays);
}

/** The first term (n ≥ 1) whose notice deadline is on or after `date`. */
function firstTermWithDeadlineFrom(a: TermsInput & { termMonths: number }, date: CalendarDate): number {
  // Terms are at least a month long, so a linear walk from the estimate is short.
  let n = 1;
  while (noticeDeadline(termEnd(a.startDate, a.termMonths, n), a.noticeDays) < date) n += 1;
  return n;
}

/**
 * The end a cancellation with notice given on `noticeGivenOn` leads to: the first day the
 * agreement is no longer in force.
 */
export function effectiveDateForNotice(a: TermsInput, noticeGivenOn: CalendarDate): CalendarDate {
  if (a.termMonths === null) {
    const from = noticeGivenOn > a.startDate ? noticeGivenOn : a.startDate;
    return addDays(from, a.noticeDays);
  }
  const fixed = { ...a, termMonths: a.termMonths };
  const n = a.autoRenew ? firstTermWithDeadlineFrom(fixed, noticeGivenOn) : 1;
  return termEnd(a.startDate, a.termMonths, n);
}

/** Where the agreement stops whatever happens: its cancellation, or the first term's end without auto-renewal. */
export function agreementEnd(a: TermsInput): CalendarDate | null {
  const fixedEnd = a.termMonths !== null && !a.autoRenew ? termEnd(a.startDate, a.termMonths, 1) : null;
  const cancelled = a.cancellation?.effectiveDate ?? null;
  // biome-ignore lint/complexity/useMathMinMax: calendar dates are YYYY-MM-DD text: the earlier is a string comparison (Math.min would make them NaN).
  if (cancelled && fixedEnd) return cancelled < fixedEnd ? cancelled : fixedEnd;
  return cancelled ?? fixedEnd;
}

/** The earliest end on `date` (docs/domain.md): what the agreement is committed to at the least. */
export function earliestEnd(a: TermsInput, date: CalendarDate): CalendarDate {
  if (a.cancellation) {
    const end = agreementEnd(a);
    return end!;
  }
  if (a.termMonths === null) {
    const from = date > a.startDate ? date : a.startDate;
    return addDays(from, a.noticeDays);
  }
  if (!a.autoRenew) return termEnd(a.startDate, a.termMonths, 1);
  return termEnd(a.startDate, a.termMonths, firstTermWithDeadlineFrom({ ...a, termMonths: a.termMonths }, date));
}

/** In force on `date`: active, started, and before its end. */
export function isInForce(a: TermsInput, date: CalendarDate): boolean {
  if (a.status !== 'active' || a.startDate > date) return false;
  const end = agreementEnd(a);
  return end === null || date < end;
}

/** The term `date` falls in (1-based), or null for open-ended agreements or dates before the start. */
export function termNumberOn(a: TermsInput, date: CalendarDate): number | null {
  if (a.termMonths === null || date < a.startDate) return null;
  let n = 1;
  while (termEnd(a.startDate, a.termMonths, n) <= date) n += 1;
  return n;
}

export interface NoticeOutlook {
  /** The current term's end (exclusive), null when open-ended. */
  termEnd: CalendarDate | null;
  /** The last day to give notice so the agreement ends at termEnd. */
  noticeDeadline: CalendarDate | null;
  /** Where notice given on `date` would end it. */
  endIfNoticeToday: CalendarDate;
  /** Whether the current term renews into another one. */
  renews: boolean;
}

/** What the coach needs to see before cancelling, or to know when a renewal is coming. */
export function noticeOutlook(a: TermsInput, date: CalendarDate): NoticeOutlook {
  const endIfNoticeToday = effectiveDateForNotice(a, date);
  if (a.termMonths === null) return { termEnd: null, noticeDeadline: null, endIfNoticeToday, renews: true };
  const fixed = { ...a, termMonths: a.termMonths };
  const n = a.autoRenew ? firstTermWithDeadlineFrom(fixed, date) : 1;
  const end = termEnd(a.startDate, a.termMonths, n);
  return { termEnd: end, noticeDeadline: noticeDeadline(end, a.noticeDays), endIfNoticeToday, renews: a.autoRenew };
}
