// The workspace file, version 1 (docs: interfaces.md). Strict: unknown keys are errors,
// every error names its JSON path, and cross-references are checked before anything is
// written.
import { z } from 'zod';
import {
  calendarDate,
  currency,
  email,
  id,
  minor,
  minutes,
  nonNegativeMinor,
  probability,
  requiredText,
  shortText,
  timeZone,
  utcInstant,
  wallTime,
} from './schemas.ts';
import { zodPath } from './contract.ts';

export const CLIENT_STATUSES = ['prospect', 'active', 'archived'] as const;
export const AGREEMENT_KINDS = ['work', 'access', 'value', 'project'] as const;
export const AGREEMENT_STATUSES = ['draft', 'sent', 'active', 'ended', 'cancelled'] as const;
export const SESSION_STATUSES = ['scheduled', 'completed', 'cancelled', 'no_show'] as const;
export const SESSION_KINDS = ['session', 'check_in', 'extended'] as const;
export const CANCELLED_BY = ['client', 'coach'] as const;
export const INVOICE_STATUSES = ['draft', 'issued', 'paid', 'void'] as const;
export const LINE_KINDS = ['fee', 'overage', 'installment', 'project'] as const;
export const PAYMENT_METHODS = ['bank_transfer', 'card', 'cash', 'cheque', 'other'] as const;
export const PAPER_SIZES = ['A4', 'Letter'] as const;

export const settingsSchema = z.strictObject({
  businessName: shortText(200),
  currency,
  timeZone,
  lateCancelHours: z.number().int('must be a whole number of hours').min(0, 'must not be negative').max(720, 'must be at most 720'),
  paymentTermsDays: z.number().int('must be a whole number of days').min(0, 'must not be negative').max(365, 'must be at most 365'),
  annualRetention: probability,
  winProbability: probability,
  // Optional additions to version 1 (interfaces.md allows new optional fields).
  businessAddress: shortText(1000).optional(),
  paperSize: z.enum(PAPER_SIZES).optional(),
});

export const clientSchema = z.strictObject({
  id,
  name: requiredText(200),
  email: email.nullable(),
  phone: shortText(50).nullable(),
  company: shortText(200).nullable(),
  timeZone,
  status: z.enum(CLIENT_STATUSES),
  notes: shortText(100_000),
});

export const slotSchema = z.strictObject({
  weekday: z.number().int().min(1, 'must be 1 (Monday) to 7 (Sunday)').max(7, 'must be 1 (Monday) to 7 (Sunday)'),
  time: wallTime,
  timeZone,
  durationMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(5, 'must be at least 5 minutes')
    .max(600, 'must be at most 600 minutes'),
  intervalWeeks: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' }),
});

export const pauseSchema = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .refine((p) => p.from <= p.to, { message: 'must not end before it starts', path: ['to'] });

export const installmentSchema = z.strictObject({ dueDate: calendarDate, amountMinor: nonNegativeMinor });

export const cancellationSchema = z
  .strictObject({ noticeGivenOn: calendarDate, effectiveDate: calendarDate })
  .refine((c) => c.noticeGivenOn <= c.effectiveDate, { message: 'must not be before the notice was given', path: ['effectiveDate'] });

const positiveMinutesOrNull = minutes.nullable();

export const agreementSchema = z.strictObject({
  id,
  clientId: id,
  kind: z.enum(AGREEMENT_KINDS),
  status: z.enum(AGREEMENT_STATUSES),
  title: requiredText(200),
  currency,
  startDate: calendarDate,
  termMonths: z.number().int('must be a whole number of months').min(1, 'must be at least 1').max(120, 'must be at most 120').nullable(),
  autoRenew: z.boolean(),
  noticeDays: z.number().int('must be a whole number of days').min(0, 'must not be negative').max(365, 'must be at most 365'),
  periodMonths: z.union([z.literal(1), z.literal(3)], { error: 'must be 1 or 3' }),
  feeMinor: nonNegativeMinor,
  includedMinutes: positiveMinutesOrNull,
  rolloverCapMinutes: positiveMinutesOrNull,
  overageRateMinorPerHour: nonNegativeMinor.nullable(),
  overageIncrementMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1')
    .max(600, 'must be at most 600')
    .nullable(),
  fairUseMinutes: positiveMinutesOrNull,
  hourlyRateMinor: nonNegativeMinor.nullable(),
  agreedValueMinor: nonNegativeMinor.nullable(),
  installments: z.array(installmentSchema).max(120, 'must have at most 120 installments'),
  renewalProbability: probability.nullable(),
  slot: slotSchema.nullable(),
  pauses: z.array(pauseSchema).max(500, 'must have at most 500 pauses'),
  cancellation: cancellationSchema.nullable(),
  sentAt: utcInstant.nullable(),
  signedAt: utcInstant.nullable(),
});

export const sessionSchema = z.strictObject({
  id,
  clientId: id,
  agreementId: id.nullable(),
  start: utcInstant,
  plannedMinutes: minutes.refine((v) => v > 0, 'must be more than 0'),
  actualMinutes: minutes.nullable(),
  status: z.enum(SESSION_STATUSES),
  kind: z.enum(SESSION_KINDS),
  occurrenceStart: utcInstant.nullable(),
  cancelledAt: utcInstant.nullable(),
  cancelledBy: z.enum(CANCELLED_BY).nullable(),
  notes: shortText(100_000),
});

export const workLogSchema = z.strictObject({
  id,
  agreementId: id,
  date: calendarDate,
  minutes: minutes.refine((v) => v > 0, 'must be more than 0'),
  description: shortText(2000),
});

export const invoiceLineSchema = z.strictObject({
  kind: z.enum(LINE_KINDS),
  description: shortText(500),
  amountMinor: minor,
  agreementId: id.nullable(),
  periodStart: calendarDate.nullable(),
  minutes: minutes.nullable(),
});

export const invoiceSchema = z.strictObject({
  id,
  number: z.string().regex(/^INV-\d{4}-\d{4,}$/, 'must be written INV-YYYY-NNNN'),
  clientId: id,
  currency,
  issueDate: calendarDate,
  dueDate: calendarDate,
  status: z.enum(INVOICE_STATUSES),
  lines: z.array(invoiceLineSchema).max(500, 'must have at most 500 lines'),
});

export const paymentSchema = z.strictObject({
  id,
  invoiceId: id,
  date: calendarDate,
  amountMinor: minor.refine((v) => v > 0, 'must be more than 0'),
  method: z.enum(PAYMENT_METHODS),
});

export const workspaceFileSchema = z.strictObject({
  format: z.literal('cadence-workspace', { error: 'must be "cadence-workspace"' }),
  version: z.literal(1, { error: 'must be 1 (this Cadence reads version 1 files)' }),
  exportedAt: utcInstant,
  settings: settingsSchema,
  clients: z.array(clientSchema),
  agreements: z.array(agreementSchema),
  sessions: z.array(sessionSchema),
  workLogs: z.array(workLogSchema),
  invoices: z.array(invoiceSchema),
  payments: z.array(paymentSchema),
});

export type WorkspaceFile = z.output<typeof workspaceFileSchema>;
export type WorkspaceSettings = WorkspaceFile['settings'];
export type WorkspaceClient = WorkspaceFile['clients'][number];
export type WorkspaceAgreement = WorkspaceFile['agreements'][number];
export type WorkspaceSession = WorkspaceFile['sessions'][number];
export type WorkspaceWorkLog = WorkspaceFile['workLogs'][number];
export type WorkspaceInvoice = WorkspaceFile['invoices'][number];
export type WorkspacePayment = WorkspaceFile['payments'][number];

export type PathErrors = Record<string, string>;

/** The rules of the agreement itself, shared by the editor and the import. */
export function agreementProblems(a: Omit<WorkspaceAgreement, 'id' | 'clientId'>): PathErrors {
  const errors: PathErrors = {};
  if (a.termMonths !== null && a.termMonths % a.periodMonths !== 0) {
    errors.termMonths = `must be a multiple of the billing period (${a.periodMonths} months)`;
  }
  if (a.kind === 'work' && a.includedMinutes === null) errors.includedMinutes = 'is required for a Pay-for-Work retainer';
  if (a.kind === 'project' && a.hourlyRateMinor === null) errors.hourlyRateMinor = 'is required for project work';
  if (a.kind === 'value') {
    const sum = a.installments.reduce((total, i) => total + i.amountMinor, 0);
    if (a.installments.length > 0 && sum !== a.feeMinor) {
      errors.installments = `must add up to the fee (${a.feeMinor}), not ${sum}`;
    }
  } else if (a.installments.length > 0) {
    errors.installments = 'only value-based agreements have installments';
  }
  for (const [index, pause] of a.pauses.entries()) {
    if (pause.from < a.startDate) errors[`pauses[${index}].from`] = 'must not be before the start date';
  }
  if (a.cancellation && a.cancellation.effectiveDate < a.startDate) {
    errors['cancellation.effectiveDate'] = 'must not be before the start date';
  }
  return errors;
}

/** Shape errors with their JSON path. */
export function parseWorkspaceFile(raw: unknown): { ok: true; file: WorkspaceFile } | { ok: false; errors: PathErrors } {
  const parsed = workspaceFileSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: PathErrors = {};
    for (const issue of parsed.error.issues) {
      const path = zodPath(issue.path) || '(file)';
      if (!(path in errors)) errors[path] = issue.message;
      if (Object.keys(errors).length >= 100) break;
    }
    return { ok: false, errors };
  }
  const errors = crossCheck(parsed.data);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, file: parsed.data };
}

/** References, uniqueness and the rules that span fields or records. */
function crossCheck(file: WorkspaceFile): PathErrors {
  const errors: PathErrors = {};
  const add = (path: string, message: string) => {
    if (!(path in errors) && Object.keys(errors).length < 100) errors[path] = message;
  };
  const uniqueIds = <T extends { id: string }>(list: T[], name: string) => {
    const seen = new Map<string, T>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) add(`${name}[${index}].id`, `"${item.id}" is used twice`);
      else seen.set(item.id, item);
    });
    return seen;
  };
  const clients = uniqueIds(file.clients, 'clients');
  const agreements = uniqueIds(file.agreements, 'agreements');
  uniqueIds(file.sessions, 'sessions');
  uniqueIds(file.workLogs, 'workLogs');
  const invoices = uniqueIds(file.invoices, 'invoices');
  uniqueIds(file.payments, 'payments');

  file.agreements.forEach((a, index) => {
    if (!clients.has(a.clientId)) add(`agreements[${index}].clientId`, `no client has the id "${a.clientId}"`);
    for (const [path, message] of Object.entries(agreementProblems(a))) add(`agreements[${index}].${path}`, message);
  });

  const occurrences = new Set<string>();
  file.sessions.forEach((s, index) => {
    const at = `sessions[${index}]`;
    if (!clients.has(s.clientId)) add(`${at}.clientId`, `no client has the id "${s.clientId}"`);
    if (s.agreementId !== null) {
      const agreement = agreements.get(s.agreementId);
      if (!agreement) add(`${at}.agreementId`, `no agreement has the id "${s.agreementId}"`);
      else if (agreement.clientId !== s.clientId)
        add(`${at}.agreementId`, `belongs to client "${agreement.clientId}", not "${s.clientId}"`);
      if (s.occurrenceStart !== null) {
        const key = `${s.agreementId}|${s.occurrenceStart}`;
        if (occurrences.has(key)) add(`${at}.occurrenceStart`, 'another session already comes from this occurrence');
        occurrences.add(key);
      }
    }
    if (s.status === 'cancelled') {
      if (s.cancelledAt === null) add(`${at}.cancelledAt`, 'is required for a cancelled session');
      if (s.cancelledBy === null) add(`${at}.cancelledBy`, 'is required for a cancelled session');
    } else {
      if (s.cancelledAt !== null) add(`${at}.cancelledAt`, 'must be null unless the session is cancelled');
      if (s.cancelledBy !== null) add(`${at}.cancelledBy`, 'must be null unless the session is cancelled');
    }
  });

  file.workLogs.forEach((w, index) => {
    if (!agreements.has(w.agreementId)) add(`workLogs[${index}].agreementId`, `no agreement has the id "${w.agreementId}"`);
  });

  const numbers = new Set<string>();
  file.invoices.forEach((invoice, index) => {
    const at = `invoices[${index}]`;
    if (!clients.has(invoice.clientId)) add(`${at}.clientId`, `no client has the id "${invoice.clientId}"`);
    if (numbers.has(invoice.number)) add(`${at}.number`, `"${invoice.number}" is used twice`);
    numbers.add(invoice.number);
    if (invoice.number.slice(4, 8) !== invoice.issueDate.slice(0, 4)) add(`${at}.number`, 'must carry the year of the issue date');
    if (invoice.dueDate < invoice.issueDate) add(`${at}.dueDate`, 'must not be before the issue date');
    invoice.lines.forEach((line, lineIndex) => {
      if (line.agreementId === null) return;
      const agreement = agreements.get(line.agreementId);
      if (!agreement) add(`${at}.lines[${lineIndex}].agreementId`, `no agreement has the id "${line.agreementId}"`);
      else if (agreement.currency !== invoice.currency)
        add(`${at}.lines[${lineIndex}].agreementId`, `is in ${agreement.currency}, the invoice in ${invoice.currency}`);
    });
  });

  const paidMinor = new Map<string, number>();
  file.payments.forEach((p, index) => {
    if (!invoices.has(p.invoiceId)) add(`payments[${index}].invoiceId`, `no invoice has the id "${p.invoiceId}"`);
    paidMinor.set(p.invoiceId, (paidMinor.get(p.invoiceId) ?? 0) + p.amountMinor);
  });
  // `paid` is derived: an invoice is paid exactly when its payments cover its total.
  file.invoices.forEach((invoice, index) => {
    if (invoice.status !== 'paid') return;
    const total = invoice.lines.reduce((sum, line) => sum + line.amountMinor, 0);
    const paid = paidMinor.get(invoice.id) ?? 0;
    if (paid < total) add(`invoices[${index}].status`, `is "paid" but its payments cover ${paid} of ${total}`);
  });
  return errors;
}
