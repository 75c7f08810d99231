import { z } from 'zod';
import { defaultTemplateFor } from '../documents/templates.ts';
import { AGREEMENT_KIND_TITLES, defaultAgreement } from '../domain/agreement-defaults.ts';
import { calendarDate, currency, id, nonNegativeMinor, shortText } from '../domain/fields.ts';
import { timestampText } from '../domain/instants.ts';
import { valueInstallments, valueOptions } from '../domain/pricing.ts';
import { insertAgreements } from '../store/agreements.ts';
import { writeDraftDocument } from '../store/documents.ts';
import { getSettings } from '../store/settings.ts';
import { findValueConversation, saveValueConversation } from '../store/value-conversations.ts';
import { checkAgreement, requireClient, today } from './agreement-rules.ts';
import { CadenceError, type Context, handler } from './contract.ts';
import { newId } from './ids.ts';

function conversation(ctx: Context, clientId: string) {
  const value = findValueConversation(ctx.store.sql, clientId) ?? {
    clientId,
    objectives: '',
    measures: '',
    currency: getSettings(ctx.store.sql).currency,
    valueLowMinor: null,
    valueHighMinor: null,
  };
  return { ...value, options: value.valueLowMinor === null ? [] : valueOptions(value.valueLowMinor, value.currency) };
}

export const pricingHandlers = {
  'pricing.get': handler({
    input: z.strictObject({ clientId: id }),
    reads: ['settings', 'clients'],
    writes: [],
    run: (ctx, { clientId }) => {
      requireClient(ctx, clientId);
      return conversation(ctx, clientId);
    },
  }),

  'pricing.save': handler({
    input: z
      .strictObject({
        clientId: id,
        objectives: shortText(20_000),
        measures: shortText(20_000),
        currency,
        valueLowMinor: nonNegativeMinor.nullable(),
        valueHighMinor: nonNegativeMinor.nullable(),
      })
      .refine((v) => v.valueLowMinor === null || v.valueHighMinor === null || v.valueLowMinor <= v.valueHighMinor, {
        message: 'must not be below the low estimate',
        path: ['valueHighMinor'],
      }),
    reads: ['settings', 'clients'],
    writes: ['clients'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        requireClient(ctx, input.clientId);
        saveValueConversation(ctx.store.sql, input, timestampText(ctx.now()));
        return conversation(ctx, input.clientId);
      }),
  }),

  'pricing.choose': handler({
    // Choosing an option creates a value-based draft with its two installments.
    input: z.strictObject({
      clientId: id,
      option: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' }),
      startDate: calendarDate.optional(),
      termMonths: z.number().int().min(1).max(60).optional(),
    }),
    reads: ['settings', 'clients'],
    writes: ['agreements'],
    run: (ctx, { clientId, option, startDate, termMonths }) =>
      ctx.store.sql.transaction(() => {
        requireClient(ctx, clientId);
        const talk = conversation(ctx, clientId);
        const chosen = talk.options.find((o) => o.option === option);
        if (!chosen)
          throw new CadenceError('invalid_input', 'valueLowMinor: record the low estimate of annual value first', {
            valueLowMinor: 'is required to price by value',
          });
        const start = startDate ?? today(ctx);
        const base = defaultAgreement('value', getSettings(ctx.store.sql), start);
        const term = termMonths ?? base.termMonths ?? 6;
        const agreement = checkAgreement({
          ...base,
          id: newId(),
          clientId,
          title: `${AGREEMENT_KIND_TITLES.value}: option ${option}`,
          currency: talk.currency,
          termMonths: term,
          feeMinor: chosen.feeMinor,
          agreedValueMinor: talk.valueLowMinor,
          installments: valueInstallments(chosen.feeMinor, start, term),
        });
        insertAgreements(ctx.store.sql, [agreement], timestampText(ctx.now()));
        const template = defaultTemplateFor('value');
        writeDraftDocument(ctx.store.sql, agreement.id, { templateId: template.id, clauses: template.clauses }, timestampText(ctx.now()));
        return { agreementId: agreement.id, feeMinor: agreement.feeMinor, installments: agreement.installments };
      }),
  }),
};
