// Invoices as a coach issues them (docs/domain.md, "Invoices and payments"): drafts are built
// per agreement, then numbered in issue order so numbers run INV-YYYY-0001, 0002, … within
// each year of the issue date, and ids follow the same order.

import { addDays, type CalendarDate } from '../domain/dates.ts';
import type { WorkspaceInvoice } from '../domain/model.ts';
import { roundHalfAwayFromZero } from '../domain/money.ts';

export type InvoiceLine = WorkspaceInvoice['lines'][number];

export interface InvoiceDraft {
  clientId: string;
  currency: string;
  issueDate: CalendarDate;
  lines: InvoiceLine[];
  /** Voided by the coach (a mistake they reissued). */
  void?: boolean;
  /** Breaks ties on the same issue date (lower first), e.g. a voided invoice before its replacement. */
  order?: number;
}

/** Amount for minutes at an hourly rate, rounded once (half away from zero). */
export function minutesAtRate(minutes: number, ratePerHourMinor: number): number {
  return roundHalfAwayFromZero((minutes * ratePerHourMinor) / 60);
}

/** "2026-03-01 – 2026-03-31": dates stay ISO in stored text; the UI and PDFs format for the locale. */
export function span(start: CalendarDate, end: CalendarDate): string {
  return `${start} – ${end}`;
}

/**
 * Numbers the drafts in issue order, per year of the issue date, and gives them ids in the
 * same order. Status is `issued` or `void`; the caller derives `paid` from its payments.
 */
export function numberInvoices(drafts: InvoiceDraft[], paymentTermsDays: number, idWidth: number): WorkspaceInvoice[] {
  const sorted = drafts
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        (a.draft.issueDate < b.draft.issueDate ? -1 : a.draft.issueDate > b.draft.issueDate ? 1 : 0) ||
        (a.draft.order ?? 0) - (b.draft.order ?? 0) ||
        a.index - b.index,
    );
  const perYear = new Map<string, number>();
  return sorted.map(({ draft }, i) => {
    const year = draft.issueDate.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    return {
      id: `i${String(i + 1).padStart(idWidth, '0')}`,
      number: `INV-${year}-${String(n).padStart(4, '0')}`,
      clientId: draft.clientId,
      currency: draft.currency,
      issueDate: draft.issueDate,
      dueDate: addDays(draft.issueDate, paymentTermsDays),
      status: draft.void ? 'void' : 'issued',
      lines: draft.lines,
    };
  });
}
