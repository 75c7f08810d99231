// Payments recorded against issued invoices.
import { z } from 'zod';
import { calendarDate, id, minor } from '../domain/fields.ts';
import { PAYMENT_METHODS } from '../domain/model.ts';
import { deletePayment, insertPayment } from '../store/invoices.ts';
import { CadenceError, handler } from './contract.ts';
import { newId } from './ids.ts';
import { requireInvoice } from './invoices.ts';

export const paymentHandlers = {
  'payments.record': handler({
    input: z.strictObject({
      invoiceId: id,
      date: calendarDate,
      amountMinor: minor.refine((v) => v > 0, 'must be more than 0'),
      method: z.enum(PAYMENT_METHODS),
    }),
    reads: ['invoices', 'payments'],
    writes: ['payments', 'invoices'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        const invoice = requireInvoice(ctx, input.invoiceId);
        if (invoice.storedStatus === 'void') throw new CadenceError('conflict', `Invoice ${invoice.number} is void; it takes no payments.`);
        if (invoice.storedStatus === 'draft')
          throw new CadenceError('conflict', `Issue invoice ${invoice.number} before recording a payment.`);
        if (input.amountMinor > invoice.balanceMinor) {
          throw new CadenceError('invalid_input', 'amountMinor: is more than the balance', {
            amountMinor: `is more than the balance (${invoice.balanceMinor})`,
          });
        }
        insertPayment(ctx.store.sql, { id: newId(), ...input });
        return requireInvoice(ctx, input.invoiceId);
      }),
  }),

  'payments.delete': handler({
    input: z.strictObject({ id }),
    reads: ['payments'],
    writes: ['payments', 'invoices'],
    run: (ctx, { id: paymentId }) =>
      ctx.store.sql.transaction(() => {
        if (deletePayment(ctx.store.sql, paymentId) === 0) throw new CadenceError('not_found', 'This payment does not exist.');
        return { id: paymentId, deleted: true as const };
      }),
  }),
};
