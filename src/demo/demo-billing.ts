// The demo's invoices and payments, by the rules in docs/domain.md: retainer fees monthly or
// quarterly in advance with the previous period's overage, value installments when due,
// hourly work monthly in arrears. Most are paid; a slow payer leaves some overdue, one
// invoice was voided and reissued, and one is partly paid.

import { addDays, addMonths, type CalendarDate, dateInZone } from '../domain/dates.ts';
import { invoiceStatus, invoiceTotalMinor } from '../domain/invoices.ts';
import type { WorkspaceAgreement, WorkspaceInvoice, WorkspacePayment, WorkspaceSettings } from '../domain/model.ts';
import { isPaused, period } from '../domain/periods.ts';
import { usageLedger } from '../domain/usage.ts';
import { type InvoiceDraft, type InvoiceLine, minutesAtRate, numberInvoices, span } from './billing.ts';
import type { WorkLogDraft } from './demo-activity.ts';
import type { Random } from './random.ts';
import type { SessionDraft } from './sessions.ts';
import { fixedId, monthStart } from './util.ts';

const billable = (a: WorkspaceAgreement) => a.status === 'active' || a.status === 'ended' || a.status === 'cancelled';

/** The agreement and period whose first invoice is voided and reissued (a typo in the fee). */
const VOIDED = { agreementId: 'a0002', periodIndex: 2 };

function retainerInvoices(
  a: WorkspaceAgreement,
  sessions: SessionDraft[],
  logs: WorkLogDraft[],
  settings: WorkspaceSettings,
  today: CalendarDate,
): InvoiceDraft[] {
  const ledger = usageLedger(a, sessions, logs, settings, today);
  const out: InvoiceDraft[] = [];
  // Period k's invoice carries its fee (in advance) and period k-1's overage (in arrears);
  // after the last period, one more invoice may carry the final overage alone.
  for (let k = 0; k <= ledger.length; k += 1) {
    const p = ledger[k] ?? period(a.startDate, a.periodMonths, k);
    if (p.start > today) break;
    const lines: InvoiceLine[] = [];
    if (k < ledger.length && !isPaused(p.start, a.pauses)) {
      lines.push({
        kind: 'fee',
        description: `${a.title}, ${span(p.start, p.end)}`,
        amountMinor: a.feeMinor,
        agreementId: a.id,
        periodStart: p.start,
        minutes: null,
      });
    }
    const previous = ledger[k - 1];
    if (previous && previous.overageMinor > 0) {
      lines.push({
        kind: 'overage',
        description: `Overage ${span(previous.start, previous.end)}: ${previous.overageMinutes} min beyond the allowance`,
        amountMinor: previous.overageMinor,
        agreementId: a.id,
        periodStart: previous.start,
        minutes: previous.overageMinutes,
      });
    }
    if (lines.length === 0) continue;
    out.push({ clientId: a.clientId, currency: a.currency, issueDate: p.start, lines });
    if (a.id === VOIDED.agreementId && k === VOIDED.periodIndex) {
      const wrong = lines.map((l) => (l.kind === 'fee' ? { ...l, amountMinor: Math.round(l.amountMinor / 10) } : l));
      out.push({ clientId: a.clientId, currency: a.currency, issueDate: p.start, lines: wrong, void: true, order: -1 });
    }
  }
  return out;
}

function installmentInvoices(a: WorkspaceAgreement, today: CalendarDate): InvoiceDraft[] {
  return a.installments
    .map((inst, i) => ({ inst, i }))
    .filter(({ inst }) => inst.dueDate <= today)
    .map(({ inst, i }) => ({
      clientId: a.clientId,
      currency: a.currency,
      issueDate: inst.dueDate,
      lines: [
        {
          kind: 'installment' as const,
          description: `${a.title}, installment ${i + 1} of ${a.installments.length}`,
          amountMinor: inst.amountMinor,
          agreementId: a.id,
          periodStart: null,
          minutes: null,
        },
      ],
    }));
}

/** Hourly work of each past calendar month, invoiced on the first of the next (minutes × rate). */
function projectInvoices(
  a: WorkspaceAgreement,
  sessions: SessionDraft[],
  logs: WorkLogDraft[],
  settings: WorkspaceSettings,
  today: CalendarDate,
): InvoiceDraft[] {
  const byMonth = new Map<string, number>();
  const add = (date: CalendarDate, minutes: number) => byMonth.set(date.slice(0, 7), (byMonth.get(date.slice(0, 7)) ?? 0) + minutes);
  for (const s of sessions)
    if (s.status === 'completed') add(dateInZone(new Date(s.start), settings.timeZone), s.actualMinutes ?? s.plannedMinutes);
  for (const l of logs) add(l.date, l.minutes);
  const out: InvoiceDraft[] = [];
  for (let month = monthStart(a.startDate); addMonths(month, 1) <= today; month = addMonths(month, 1)) {
    const minutes = byMonth.get(month.slice(0, 7)) ?? 0;
    if (minutes === 0) continue;
    const hours = `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
    out.push({
      clientId: a.clientId,
      currency: a.currency,
      issueDate: addMonths(month, 1),
      lines: [
        {
          kind: 'project',
          description: `${a.title}, ${month.slice(0, 7)}: ${hours}`,
          amountMinor: minutesAtRate(minutes, a.hourlyRateMinor ?? 0),
          agreementId: a.id,
          periodStart: null,
          minutes,
        },
      ],
    });
  }
  return out;
}

export function demoInvoices(
  agreements: WorkspaceAgreement[],
  sessions: SessionDraft[],
  logs: WorkLogDraft[],
  settings: WorkspaceSettings,
  today: CalendarDate,
): WorkspaceInvoice[] {
  const drafts: InvoiceDraft[] = [];
  for (const a of agreements.filter(billable)) {
    const own = sessions.filter((s) => s.agreementId === a.id);
    const ownLogs = logs.filter((l) => l.agreementId === a.id);
    if (a.kind === 'work' || a.kind === 'access') drafts.push(...retainerInvoices(a, own, ownLogs, settings, today));
    else if (a.kind === 'value') drafts.push(...installmentInvoices(a, today));
    else drafts.push(...projectInvoices(a, own, ownLogs, settings, today));
  }
  return numberInvoices(drafts, settings.paymentTermsDays, 5);
}

/** How each client pays: most within two weeks by bank transfer; one pays late. */
const SLOW_PAYER = 'c017';
const PARTLY_PAID_CLIENT = 'c019';
const SPLIT_PAYMENT_CLIENT = 'c006';

export function demoPayments(
  rng: Random,
  invoices: WorkspaceInvoice[],
  today: CalendarDate,
): { invoices: WorkspaceInvoice[]; payments: WorkspacePayment[] } {
  const methods = new Map<string, WorkspacePayment['method']>();
  const methodOf = (clientId: string) => {
    if (!methods.has(clientId))
      methods.set(
        clientId,
        rng.weighted([
          ['bank_transfer', 14],
          ['card', 4],
          ['cheque', 1],
          ['other', 1],
        ] as const),
      );
    return methods.get(clientId)!;
  };
  const drafts: Omit<WorkspacePayment, 'id'>[] = [];
  const pay = (invoiceId: string, date: CalendarDate, amountMinor: number, method: WorkspacePayment['method']) =>
    drafts.push({ invoiceId, date, amountMinor, method });
  const lastOf = (clientId: string) => invoices.filter((i) => i.clientId === clientId && i.status !== 'void').at(-1)?.id;
  const partly = lastOf(PARTLY_PAID_CLIENT);
  const split = invoices.filter((i) => i.clientId === SPLIT_PAYMENT_CLIENT && i.status !== 'void').at(-3)?.id;

  for (const invoice of invoices) {
    if (invoice.status === 'void') continue;
    const total = invoiceTotalMinor(invoice.lines);
    const method = methodOf(invoice.clientId);
    if (invoice.id === partly) {
      pay(invoice.id, minDate(addDays(invoice.issueDate, 3), today), Math.round(total * 0.4), method);
      continue;
    }
    if (invoice.clientId === SLOW_PAYER) {
      // Everything issued in the last 60 days is still open, so at least one is overdue.
      if (invoice.issueDate >= addDays(today, -60)) continue;
      pay(invoice.id, minDate(addDays(invoice.issueDate, rng.int(20, 40)), today), total, method);
      continue;
    }
    const date = addDays(invoice.issueDate, method === 'card' ? rng.int(0, 2) : rng.int(2, 13));
    if (date > today) continue; // not paid yet (and not yet due)
    if (invoice.id === split) {
      const first = Math.floor(total / 2);
      const second = minDate(addDays(date, 14), today);
      pay(invoice.id, date, first, method);
      pay(invoice.id, second, total - first, method);
      continue;
    }
    pay(invoice.id, date, total, method);
  }

  const paid = new Map<string, number>();
  for (const p of drafts) paid.set(p.invoiceId, (paid.get(p.invoiceId) ?? 0) + p.amountMinor);
  const payments = drafts
    .map((p, index) => ({ p, index }))
    .sort((x, y) => x.p.date.localeCompare(y.p.date) || x.p.invoiceId.localeCompare(y.p.invoiceId) || x.index - y.index)
    .map(({ p }, i) => ({ id: fixedId('p', i + 1, 5), ...p }));
  return {
    // The file carries the derived status, as the store derives it (`invoiceStatus`).
    invoices: invoices.map((i) =>
      i.status === 'paid' ? i : { ...i, status: invoiceStatus(i.status, invoiceTotalMinor(i.lines), paid.get(i.id) ?? 0) },
    ),
    payments,
  };
}

function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}
