import { z } from 'zod';
import { type DueLine, draftInvoiceGroups, dueLines, invoiceNumber, previousMonthStart } from '../domain/billing.ts';
import { addDays, addMonths, dateInZone } from '../domain/dates.ts';
import { calendarDate, id } from '../domain/fields.ts';
import { isOpen, isOverdue } from '../domain/invoices.ts';
import { deliveredMinutesOf, usageLedgerOfDays } from '../domain/usage.ts';
import { readAgreements } from '../store/agreements.ts';
import {
  billedLineKeys,
  deleteDraftInvoice,
  type InvoiceRecord,
  insertInvoices,
  listInvoices,
  listUnpaidInvoices,
  type OpenInvoice,
  openInvoices,
  readInvoice,
  readInvoices,
  setInvoiceStatus,
  takeInvoiceNumbers,
} from '../store/invoices.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { today } from './agreement-rules.ts';
import { CadenceError, type Context, handler } from './contract.ts';
import { deliveredDaysOf, deliveredWorkOf } from './delivered.ts';
import { newId } from './ids.ts';

export function requireInvoice(ctx: Context, invoiceId: string): InvoiceRecord {
  const invoice = readInvoice(ctx.store.sql, invoiceId);
  if (!invoice) throw new CadenceError('not_found', 'This invoice does not exist (it may have been deleted).');
  return invoice;
}

/**
 * The practice's open invoices, remembered until an invoice or payment is written: the
 * clients list and the overdue list both start from them, and finding them reads every
 * invoice line and payment.
 */
export function openInvoicesOf(ctx: Context): readonly OpenInvoice[] {
  return ctx.memo('open-invoices', ['invoices', 'payments'], () => openInvoices(ctx.store.sql));
}

/** Every line due up to a date, across agreements, not yet on an invoice that stands. */
function allDueLines(ctx: Context, upTo: string): DueLine[] {
  const sql = ctx.store.sql;
  const settings = getSettings(sql);
  const billed = billedLineKeys(sql);
  const agreements = readAgreements(sql).filter((a) => a.status === 'active' || a.status === 'ended' || a.status === 'cancelled');
  const work = deliveredWorkOf(ctx);
  const monthStart = previousMonthStart(upTo);
  const monthEnd = addDays(addMonths(monthStart, 1), -1);
  return agreements.flatMap((agreement) => {
    const sessions = work.sessions.get(agreement.id) ?? [];
    const logs = work.workLogs.get(agreement.id) ?? [];
    // Delivered days are counted once per agreement and kept (Today and Revenue use them too).
    const ledger = agreement.kind === 'work' ? usageLedgerOfDays(agreement, deliveredDaysOf(ctx, agreement.id), upTo) : [];
    let projectMinutes = 0;
    if (agreement.kind === 'project') {
      for (const s of sessions) {
        const date = dateInZone(new Date(s.start), settings.timeZone);
        if (date >= monthStart && date <= monthEnd) projectMinutes += deliveredMinutesOf(s, settings.lateCancelHours);
      }
      for (const log of logs) if (log.date >= monthStart && log.date <= monthEnd) projectMinutes += log.minutes;
    }
    return dueLines(agreement, upTo, billed, ledger, projectMinutes);
  });
}

export const invoiceHandlers = {
  'invoices.list': handler({
    input: z.strictObject({ clientId: id.optional(), status: z.enum(['draft', 'issued', 'paid', 'void', 'overdue', 'open']).optional() }),
    reads: ['settings', 'clients', 'invoices', 'payments'],
    writes: [],
    run: (ctx, { clientId, status }) => {
      const date = today(ctx);
      // Overdue and open invoices are among the few still open, not found by summing them all.
      const invoices =
        status === 'overdue' || status === 'open'
          ? listUnpaidInvoices(ctx.store.sql, { clientId, overdueOn: status === 'overdue' ? date : undefined }, openInvoicesOf(ctx))
          : listInvoices(ctx.store.sql, { clientId });
      return invoices
        .map((invoice) => ({ ...invoice, overdue: isOverdue(invoice, date) }))
        .filter((invoice) => {
          if (!status) return true;
          if (status === 'overdue') return invoice.overdue;
          if (status === 'open') return isOpen(invoice);
          return invoice.status === status;
        });
    },
  }),

  'invoices.get': handler({
    input: z.strictObject({ id }),
    reads: ['settings', 'invoices', 'payments'],
    writes: [],
    run: (ctx, { id: invoiceId }) => {
      const invoice = requireInvoice(ctx, invoiceId);
      return { ...invoice, overdue: isOverdue(invoice, today(ctx)) };
    },
  }),

  'invoices.preview': handler({
    // What "Generate due invoices" would create, for review first.
    input: z.strictObject({ upTo: calendarDate.optional() }),
    reads: ['settings', 'agreements', 'sessions', 'work_logs', 'invoices'],
    writes: [],
    run: (ctx, { upTo }) => allDueLines(ctx, upTo ?? today(ctx)),
  }),

  'invoices.generate': handler({
    input: z.strictObject({ upTo: calendarDate.optional(), issueDate: calendarDate.optional() }),
    reads: ['settings', 'agreements', 'sessions', 'work_logs', 'invoices', 'payments'],
    writes: ['invoices'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        const upTo = input.upTo ?? today(ctx);
        const issueDate = input.issueDate ?? today(ctx);
        const settings = getSettings(ctx.store.sql);
        const groups = draftInvoiceGroups(allDueLines(ctx, upTo));
        const year = Number(issueDate.slice(0, 4));
        // Numbered in the groups' order, all taken at once.
        const numbers = takeInvoiceNumbers(ctx.store.sql, year, groups.length);
        const invoices = groups.map(({ clientId, currency, lines }, index) => {
          return {
            invoice: {
              id: newId(),
              number: invoiceNumber(year, numbers[index]!),
              clientId,
              currency,
              issueDate,
              dueDate: addDays(issueDate, settings.paymentTermsDays),
              status: 'draft' as const,
            },
            lines: lines.map((l) => ({
              kind: l.kind,
              description: l.description,
              amountMinor: l.amountMinor,
              agreementId: l.agreementId,
              periodStart: l.periodStart,
              minutes: l.minutes,
            })),
          };
        });
        insertInvoices(ctx.store.sql, invoices);
        return {
          created: readInvoices(
            ctx.store.sql,
            invoices.map(({ invoice }) => invoice.id),
          ),
        };
      }),
  }),

  'invoices.issue': handler({
    input: z.strictObject({ id }),
    reads: ['invoices', 'payments'],
    writes: ['invoices'],
    run: (ctx, { id: invoiceId }) =>
      ctx.store.sql.transaction(() => {
        const invoice = requireInvoice(ctx, invoiceId);
        if (invoice.storedStatus !== 'draft') throw new CadenceError('conflict', `Invoice ${invoice.number} is already ${invoice.status}.`);
        setInvoiceStatus(ctx.store.sql, invoiceId, 'issued');
        return requireInvoice(ctx, invoiceId);
      }),
  }),

  'invoices.void': handler({
    // Kept and numbered, never revenue; its lines may be billed again.
    input: z.strictObject({ id }),
    reads: ['invoices', 'payments'],
    writes: ['invoices'],
    run: (ctx, { id: invoiceId }) =>
      ctx.store.sql.transaction(() => {
        const invoice = requireInvoice(ctx, invoiceId);
        if (invoice.storedStatus === 'void') throw new CadenceError('conflict', `Invoice ${invoice.number} is already void.`);
        setInvoiceStatus(ctx.store.sql, invoiceId, 'void');
        return requireInvoice(ctx, invoiceId);
      }),
  }),

  'invoices.delete': handler({
    input: z.strictObject({ id }),
    reads: ['invoices', 'payments'],
    writes: ['invoices'],
    run: (ctx, { id: invoiceId }) =>
      ctx.store.sql.transaction(() => {
        const invoice = requireInvoice(ctx, invoiceId);
        if (invoice.storedStatus !== 'draft')
          throw new CadenceError('conflict', 'Only draft invoices can be deleted; void an issued one instead.');
        if (invoice.payments.length > 0) throw new CadenceError('conflict', 'This draft has payments; remove them first.');
        deleteDraftInvoice(ctx.store.sql, invoiceId);
        return { id: invoiceId, deleted: true as const };
      }),
  }),

  'invoices.pdf': handler({
    input: z.strictObject({ id }),
    reads: ['settings', 'clients', 'invoices', 'payments'],
    writes: [],
    run: async (ctx, { id: invoiceId }) => {
      const invoice = requireInvoice(ctx, invoiceId);
      const settings = getSettings(ctx.store.sql);
      const client = ctx.store.sql.first(qb.selectFrom('clients').select(['name', 'company', 'email']).where('id', '=', invoice.clientId))!;
      // Loaded on first use so starting the app or the CLI stays quick.
      const { renderInvoicePdf } = await import('../documents/invoice-pdf.ts');
      const bytes = await renderInvoicePdf(
        {
          number: invoice.number,
          status: invoice.status,
          business: { name: settings.businessName, address: settings.businessAddress, logoDataUrl: settings.logoDataUrl },
          client,
          currency: invoice.currency,
          issueDate: invoice.issueDate,
          dueDate: invoice.dueDate,
          lines: invoice.lines,
          totalMinor: invoice.totalMinor,
          paidMinor: invoice.paidMinor,
          balanceMinor: invoice.balanceMinor,
          paperSize: settings.paperSize,
          locale: settings.locale,
        },
        new Date(`${invoice.issueDate}T00:00:00Z`),
      );
      return { fileName: `${invoice.number}.pdf`, contentBase64: bytes.toString('base64') };
    },
  }),
};
