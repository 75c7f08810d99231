// What is due to be invoiced up to a date (docs/domain.md, "Invoices and payments"): a period's
// fee in advance, the previous period's overage in arrears, value installments due, and
// last calendar month's project minutes × the hourly rate.
import { addDays, addMonths, type CalendarDate } from './dates.ts';
import { roundHalfAwayFromZero } from './money.ts';
import { isPaused, period } from './periods.ts';
import { agreementEnd, type TermsInput } from './terms.ts';
import type { UsagePeriod } from './usage.ts';

export type LineKind = 'fee' | 'overage' | 'installment' | 'project';

export interface DueLine {
  clientId: string;
  currency: string;
  kind: LineKind;
  description: string;
  amountMinor: number;
  agreementId: string;
  /** The period (fee, overage), due date (installment) or month start (project) the line is for. */
  periodStart: CalendarDate;
  minutes: number | null;
}

export interface BillingAgreement extends TermsInput {
  id: string;
  clientId: string;
  kind: 'work' | 'access' | 'value' | 'project';
  title: string;
  currency: string;
  periodMonths: number;
  feeMinor: number;
  hourlyRateMinor: number | null;
  installments: { dueDate: CalendarDate; amountMinor: number }[];
  pauses: { from: CalendarDate; to: CalendarDate }[];
}

/** Identifies a line so a second run never bills it again. */
export function lineKey(line: { agreementId: string | null; kind: LineKind; periodStart: CalendarDate | null }): string {
  return `${line.agreementId}|${line.kind}|${line.periodStart}`;
}

/**
 * Lines due up to `upTo` for one agreement. `ledger` is its usage ledger through `upTo`
 * (work retainers), `projectMinutes` its delivered minutes in the previous calendar month
 * (project work).
 */
export function dueLines(
  agreement: BillingAgreement,
  upTo: CalendarDate,
  billed: Set<string>,
  ledger: UsagePeriod[],
  projectMinutes: number,
): DueLine[] {
  if (agreement.status !== 'active' && agreement.status !== 'ended' && agreement.status !== 'cancelled') return [];
  const base = { clientId: agreement.clientId, currency: agreement.currency, agreementId: agreement.id };
  const out: DueLine[] = [];
  // Most of an agreement's periods were billed long ago: the key is looked up before the
  // line (and its description) is made.
  const unbilled = (kind: LineKind, periodStart: CalendarDate) => !billed.has(lineKey({ agreementId: agreement.id, kind, periodStart }));
  const push = (line: DueLine) => {
    if (unbilled(line.kind, line.periodStart)) out.push(line);
  };

  if (agreement.kind === 'work' || agreement.kind === 'access') {
    const end = agreementEnd(agreement);
    for (let k = 0; ; k += 1) {
      const p = period(agreement.startDate, agreement.periodMonths, k);
      if (p.start > upTo || (end !== null && p.start >= end)) break;
      if (isPaused(p.start, agreement.pauses) || !unbilled('fee', p.start)) continue;
      const span = agreement.periodMonths === 3 ? 'quarter' : 'month';
      push({
        ...base,
        kind: 'fee',
        description: `${agreement.title}: ${span} from ${p.start} to ${p.end}`,
        amountMinor: agreement.feeMinor,
        periodStart: p.start,
        minutes: null,
      });
    }
    // Overage of period k is billed with period k+1: once period k has ended by upTo.
    for (const row of ledger) {
      if (row.overageMinor <= 0 || addDays(row.end, 1) > upTo || !unbilled('overage', row.start)) continue;
      push({
        ...base,
        kind: 'overage',
        description: `${agreement.title}: ${row.overageMinutes} minutes beyond the allowance, ${row.start} to ${row.end}`,
        amountMinor: row.overageMinor,
        periodStart: row.start,
        minutes: row.overageMinutes,
      });
    }
  }

  if (agreement.kind === 'value') {
    agreement.installments.forEach((installment, index) => {
      if (installment.dueDate > upTo) return;
      push({
        ...base,
        kind: 'installment',
        description: `${agreement.title}: installment ${index + 1} of ${agreement.installments.length}`,
        amountMinor: installment.amountMinor,
        periodStart: installment.dueDate,
        minutes: null,
      });
    });
  }

  if (agreement.kind === 'project' && agreement.hourlyRateMinor !== null && projectMinutes > 0) {
    const month = previousMonthStart(upTo);
    if (month >= `${agreement.startDate.slice(0, 7)}-01`) {
      push({
        ...base,
        kind: 'project',
        description: `${agreement.title}: ${projectMinutes} minutes in ${month.slice(0, 7)}`,
        amountMinor: roundHalfAwayFromZero((projectMinutes * agreement.hourlyRateMinor) / 60),
        periodStart: month,
        minutes: projectMinutes,
      });
    }
  }
  return out;
}

/** The first day of the calendar month before the month of `date`. */
export function previousMonthStart(date: CalendarDate): CalendarDate {
  return addMonths(`${date.slice(0, 7)}-01`, -1);
}

/** Invoice number `INV-YYYY-NNNN`. */
export function invoiceNumber(year: number, sequence: number): string {
  return `INV-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The draft invoice a run of "Generate due invoices" makes for one client and currency. */
export interface DraftInvoiceGroup<Line extends DueLine = DueLine> {
  clientId: string;
  currency: string;
  /** By period start, then kind: the order they stand on the invoice. */
  lines: Line[];
  totalMinor: number;
}

/**
 * Due lines as the drafts of one run: one invoice per client and currency, in the order
 * they are numbered (client id, then currency). The review before a run shows the same
 * groups the run then creates.
 */
export function draftInvoiceGroups<Line extends DueLine>(lines: readonly Line[]): DraftInvoiceGroup<Line>[] {
  const groups = new Map<string, DraftInvoiceGroup<Line>>();
  for (const line of lines) {
    const key = `${line.clientId}|${line.currency}`;
    let group = groups.get(key);
    if (!group) {
      group = { clientId: line.clientId, currency: line.currency, lines: [], totalMinor: 0 };
      groups.set(key, group);
    }
    group.lines.push(line);
    group.totalMinor += line.amountMinor;
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, group]) => {
      group.lines.sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.kind.localeCompare(b.kind));
      return group;
    });
}
