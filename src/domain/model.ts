// The entity model: every record a workspace holds, as strict zod schemas. The same schemas
// check handler inputs and imported workspace files, so a value the app may not save cannot be
// imported either. Field errors carry the field's own message; the caller adds the path.
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
} from './fields.ts';

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
  // Optional additions to version 1 (version 1 allows new optional fields: docs/architecture.md, "The workspace file").
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

/** The records of a whole workspace, without the file's envelope (format, version, export time). */
export const workspaceSchema = z.strictObject({
  settings: settingsSchema,
  clients: z.array(clientSchema),
  agreements: z.array(agreementSchema),
  sessions: z.array(sessionSchema),
  workLogs: z.array(workLogSchema),
  invoices: z.array(invoiceSchema),
  payments: z.array(paymentSchema),
});

export type Workspace = z.output<typeof workspaceSchema>;
export type WorkspaceSettings = z.output<typeof settingsSchema>;
export type WorkspaceClient = z.output<typeof clientSchema>;
export type WorkspaceAgreement = z.output<typeof agreementSchema>;
export type WorkspaceSession = z.output<typeof sessionSchema>;
export type WorkspaceWorkLog = z.output<typeof workLogSchema>;
export type WorkspaceInvoice = z.output<typeof invoiceSchema>;
export type WorkspacePayment = z.output<typeof paymentSchema>;
