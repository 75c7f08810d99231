// Dates, sessions, invoices and payments of the benchmark practice. Quotas first (how many
// sessions and invoices each agreement carries, adding up exactly to the requested
// counts), then each agreement's dates are chosen backwards from its quotas.

import { addDays, addMonths, type CalendarDate } from '../domain/dates.ts';
import { invoiceTotalMinor } from '../domain/invoices.ts';
import type {
  WorkspaceAgreement,
  WorkspaceInvoice,
  WorkspacePayment,
  WorkspaceSession,
  WorkspaceSettings,
  WorkspaceWorkLog,
} from '../domain/model.ts';
import { period, periodIndexOn } from '../domain/periods.ts';
import { type InvoiceDraft, minutesAtRate, numberInvoices, span } from './billing.ts';
import { PROJECT_LOG_NOTES } from './content.ts';
import { type AgreementDates, type AgreementShape, fullAgreement } from './large-agreements.ts';
import { createExpander } from './occurrences.ts';
import type { Random } from './random.ts';
import { pastSlotSession, type SessionDraft, scheduledSlotSession, withSessionIds } from './sessions.ts';
import { fixedId, idWidth, monthStart } from './util.ts';

export interface Plan {
  today: CalendarDate;
  now: Date;
  settings: WorkspaceSettings;
  agreements: AgreementShape[];
  sessions: number;
  invoices: number;
  payments: number;
}

export interface Activity {
  agreements: WorkspaceAgreement[];
  sessions: WorkspaceSession[];
  workLogs: WorkspaceWorkLog[];
  invoices: WorkspaceInvoice[];
  payments: WorkspacePayment[];
}

/** `total` spread as evenly as possible over `n` holders (the first ones get the remainder). */
function spread(total: number, n: number): (i: number) => number {
  const base = Math.floor(total / n);
  const rest = total % n;
  return (i) => base + (i < rest ? 1 : 0);
}

/** `total` split in proportion to `weights` (largest remainders), adding up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = 0; left > 0; r = (r + 1) % byRemainder.length, left -= 1) out[byRemainder[r]![1]]! += 1;
  return out;
}

const isRetainer = (a: AgreementShape) => a.kind === 'work' || a.kind === 'access';
const delivered = (a: AgreementShape) => a.status === 'active' || a.status === 'ended' || a.status === 'cancelled';
const min = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);
const max = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);

export function largeActivity(rng: Random, plan: Plan): Activity {
  const { today, now, settings } = plan;
  const shapes = plan.agreements.map((a) => ({ ...a }));

  // Sessions: only active retainers hold weekly slots.
  const holders = shapes.filter((a) => isRetainer(a) && a.status === 'active');
  if (plan.sessions > 0 && holders.length === 0) throw new RangeError('sessions need at least one active retainer');
  // Fortnightly slots get half the sessions of weekly ones, so every holder spans about the same time.
  const shares = apportion(
    plan.sessions,
    holders.map((a) => 1 / a.intervalWeeks),
  );
  const sessionQuota = new Map(holders.map((a, i) => [a.id, shares[i]!]));

  // Invoices: value installments first (two each, fewer when the budget runs out), the rest spread over billable agreements.
  const invoiceQuota = new Map<string, number>();
  let budget = plan.invoices;
  for (const a of shapes.filter((s) => s.kind === 'value' && delivered(s))) {
    const n = Math.min(2, budget);
    if (n < 2 && a.status === 'ended') a.status = 'active'; // a finished engagement has had both installments
    invoiceQuota.set(a.id, n);
    budget -= n;
  }
  const billable = shapes.filter((a) => a.kind !== 'value' && delivered(a));
  if (budget > 0 && billable.length === 0) throw new RangeError('invoices need at least one retainer or hourly agreement');
  for (const [i, a] of billable.entries()) invoiceQuota.set(a.id, spread(budget, billable.length)(i));

  const expand = createExpander();
  const sessionDrafts: SessionDraft[] = [];
  const invoiceDrafts: InvoiceDraft[] = [];
  const logDrafts: Omit<WorkspaceWorkLog, 'id'>[] = [];
  const agreements: WorkspaceAgreement[] = [];

  for (const shape of shapes) {
    const q = invoiceQuota.get(shape.id) ?? 0;
    const s = sessionQuota.get(shape.id) ?? 0;
    const pm = shape.periodMonths;
    const gapMonths = rng.int(1, 6);
    let dates: AgreementDates = {
      startDate: addDays(today, rng.int(7, 45)),
      termMonths: null,
      autoRenew: true,
      cancellation: null,
      pauses: [],
      withSlot: false,
    };
    let endsAfter = 0; // periods or months before a cancellation takes effect

    if (isRetainer(shape) && shape.status === 'active') {
      // Exactly q periods started by today (the day offset stays under a month, so clamping cannot add one) …
      const byInvoices = q > 0 ? addDays(addMonths(today, -q * pm), rng.int(1, 20)) : addDays(today, -rng.int(0, 10));
      // … and early enough for s weekly occurrences before today.
      const bySessions = addDays(today, -s * 7 * shape.intervalWeeks - rng.int(0, 13));
      dates = { ...dates, startDate: min(byInvoices, bySessions), termMonths: rng.chance(0.5) ? 12 : null, withSlot: true };
      const lastStarted = periodIndexOn(dates.startDate, pm, today);
      // A pause of one whole period, early enough that no invoiced period is paused.
      if (lastStarted - q >= 1 && rng.chance(0.05)) {
        const p = period(dates.startDate, pm, 1);
        dates.pauses = [{ from: p.start, to: p.end }];
      }
    } else if (isRetainer(shape) && delivered(shape)) {
      const months = Math.max(1, q) * pm;
      if (months > 120) throw new RangeError(`too many invoices per agreement (${q}); ask for more agreements`);
      dates.startDate = addDays(addMonths(today, -months - gapMonths), rng.int(0, 20));
      if (shape.status === 'ended') dates = { ...dates, termMonths: months, autoRenew: false };
      else endsAfter = months;
    } else if (shape.kind === 'project' && delivered(shape)) {
      const months = Math.max(1, q);
      if (months > 120) throw new RangeError(`too many invoices per agreement (${q}); ask for more agreements`);
      // Active: q whole months before this one. Ended or cancelled: q months, finished a while ago.
      dates.startDate = monthStart(today, shape.status === 'active' ? q : months + gapMonths);
      dates.autoRenew = shape.status === 'active';
      if (shape.status === 'ended') dates.termMonths = months;
      if (shape.status === 'cancelled') endsAfter = months;
    } else if (shape.kind === 'value') {
      dates.termMonths = 6;
      dates.autoRenew = false;
      // Two installments due: started 3–5 months ago (still running) or 7–14 (finished).
      // One: the second falls due after today.
      if (q === 2) dates.startDate = monthStart(today, shape.status === 'ended' ? rng.int(7, 14) : rng.int(3, 5));
      if (q === 1) dates.startDate = addMonths(today, -1);
    }

    const a = fullAgreement(rng, shape, dates, today);
    if (endsAfter > 0) {
      const effectiveDate = addMonths(a.startDate, endsAfter);
      a.cancellation = { noticeGivenOn: max(a.startDate, addDays(effectiveDate, -a.noticeDays)), effectiveDate };
    }
    agreements.push(a);

    if (a.slot && s > 0) {
      const ctx = {
        clientId: a.clientId,
        agreementId: a.id,
        durationMinutes: a.slot.durationMinutes,
        lateCancelHours: settings.lateCancelHours,
        now,
      };
      // The latest s occurrences before today (an older agreement started before its stored history);
      // too few (a pause took some): the first s from the start, the last ones still ahead.
      const window = { startDate: a.startDate, endDate: null, pauses: a.pauses };
      const past = expand(a.slot, window, { to: addDays(today, -1) });
      const chosen = past.length >= s ? past.slice(past.length - s) : expand(a.slot, window, { limit: s });
      for (const o of chosen) {
        sessionDrafts.push(o.start < now ? pastSlotSession(rng, o.start, ctx) : scheduledSlotSession(o.start, ctx));
      }
    }
    invoiceDrafts.push(...invoicesOf(rng, a, q, today, logDrafts));
  }

  const invoices = numberInvoices(invoiceDrafts, settings.paymentTermsDays, idWidth(plan.invoices, 5));
  const settled = settle(rng, invoices, plan.payments, today);
  return {
    agreements,
    sessions: withSessionIds(sessionDrafts, idWidth(plan.sessions, 6)),
    workLogs: logDrafts
      .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
      .map((log, i) => ({ id: fixedId('w', i + 1, idWidth(logDrafts.length, 5)), ...log })),
    ...settled,
  };
}

/** The q invoices of one agreement: the latest q fee periods, the first q months of hourly work, or the due installments. */
function invoicesOf(
  rng: Random,
  a: WorkspaceAgreement,
  q: number,
  today: CalendarDate,
  logs: Omit<WorkspaceWorkLog, 'id'>[],
): InvoiceDraft[] {
  const out: InvoiceDraft[] = [];
  const draft = (issueDate: CalendarDate, lines: InvoiceDraft['lines']) =>
    out.push({ clientId: a.clientId, currency: a.currency, issueDate, lines, void: rng.chance(0.01) });
  if (q === 0) return out;
  if (a.kind === 'value') {
    for (const [i, inst] of a.installments.slice(0, q).entries()) {
      draft(inst.dueDate, [
        {
          kind: 'installment',
          description: `${a.title}, installment ${i + 1} of 2`,
          amountMinor: inst.amountMinor,
          agreementId: a.id,
          periodStart: null,
          minutes: null,
        },
      ]);
    }
  } else if (a.kind === 'project') {
    for (let i = 0; i < q; i += 1) {
      const month = addMonths(a.startDate, i);
      const minutes = rng.int(4, 60) * 15;
      logs.push({ agreementId: a.id, date: addDays(month, 14), minutes, description: rng.pick(PROJECT_LOG_NOTES) });
      draft(addMonths(month, 1), [
        {
          kind: 'project',
          description: `${a.title}, ${month.slice(0, 7)}`,
          amountMinor: minutesAtRate(minutes, a.hourlyRateMinor ?? 0),
          agreementId: a.id,
          periodStart: null,
          minutes,
        },
      ]);
    }
  } else {
    const last = a.status === 'active' ? periodIndexOn(a.startDate, a.periodMonths, today) : q - 1;
    for (let k = last - q + 1; k <= last; k += 1) {
      const p = period(a.startDate, a.periodMonths, k);
      const lines: InvoiceDraft['lines'] = [
        {
          kind: 'fee',
          description: `${a.title}, ${span(p.start, p.end)}`,
          amountMinor: a.feeMinor,
          agreementId: a.id,
          periodStart: p.start,
          minutes: null,
        },
      ];
      if (a.kind === 'work' && k > 0 && rng.chance(0.12)) {
        const minutes = rng.pick([15, 30, 45, 60]);
        const previous = period(a.startDate, a.periodMonths, k - 1);
        lines.push({
          kind: 'overage',
          description: `Overage ${span(previous.start, previous.end)}: ${minutes} min`,
          amountMinor: minutesAtRate(minutes, a.overageRateMinorPerHour ?? 0),
          agreementId: a.id,
          periodStart: previous.start,
          minutes,
        });
      }
      draft(p.start, lines);
    }
  }
  return out;
}

/**
 * Exactly `count` payments: invoices of the last ten days and about 0.5 % of older ones stay
 * unpaid, void ones get none, and the rest share the payments (some paid in parts).
 */
function settle(
  rng: Random,
  invoices: WorkspaceInvoice[],
  count: number,
  today: CalendarDate,
): { invoices: WorkspaceInvoice[]; payments: WorkspacePayment[] } {
  const recent = addDays(today, -10);
  const open = invoices.filter((i) => i.status !== 'void');
  let paid = open.filter((i) => i.issueDate < recent && !rng.chance(0.005));
  if (paid.length === 0 && count > 0) paid = open;
  if (count > 0 && paid.length === 0) throw new RangeError('payments need at least one invoice that is not void');
  // Fewer payments than paid invoices: the latest ones stay unpaid.
  if (count < paid.length) paid = paid.slice(0, count);
  const parts = spread(count, Math.max(1, paid.length));
  const paidIds = new Set<string>();
  const drafts: Omit<WorkspacePayment, 'id'>[] = [];
  paid.forEach((invoice, i) => {
    const n = parts(i);
    const total = invoiceTotalMinor(invoice.lines);
    if (total < n) throw new RangeError(`invoice ${invoice.id} (${total}) cannot take ${n} payments`);
    const method = rng.weighted([
      ['bank_transfer', 14],
      ['card', 4],
      ['cheque', 1],
      ['other', 1],
    ] as const);
    let date = addDays(invoice.issueDate, rng.int(0, 12));
    let left = total;
    for (let part = 0; part < n; part += 1) {
      const amountMinor = part === n - 1 ? left : Math.floor(total / n);
      drafts.push({ invoiceId: invoice.id, date: min(date, today), amountMinor, method });
      left -= amountMinor;
      date = addDays(date, 7);
    }
    paidIds.add(invoice.id);
  });
  const payments = drafts
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.invoiceId < y.invoiceId ? -1 : x.invoiceId > y.invoiceId ? 1 : 0))
    .map((p, i) => ({ id: fixedId('p', i + 1, idWidth(count, 5)), ...p }));
  return { invoices: invoices.map((i) => (paidIds.has(i.id) ? { ...i, status: 'paid' as const } : i)), payments };
}
