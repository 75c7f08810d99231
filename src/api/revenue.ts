import { z } from 'zod';
import { handler } from './contract.ts';
import { calendarDate } from './schemas.ts';
import { today } from './agreement-rules.ts';
import { readAgreements } from '../store/agreements.ts';
import { getSettings } from '../store/settings.ts';
import { forecast } from '../domain/forecast.ts';
import { concentration, isOverServiced, monthsBefore, mrr, perMonth, retainerCandidates, volatility } from '../domain/metrics.ts';
import { isInForce } from '../domain/terms.ts';
import { usageLedger } from '../domain/usage.ts';
import { collectedPayments, deliveredWork, invoiceCurrencies, projectLines } from '../store/revenue.ts';

export const revenueHandlers = {
  'revenue.forecast': handler({
    input: z.strictObject({
      asOf: calendarDate.optional(),
      months: z.number().int('must be a whole number').min(1, 'must be at least 1').max(60, 'must be at most 60').optional(),
    }),
    writes: [],
    run: (ctx, input) => {
      const settings = getSettings(ctx.store.sql);
      const asOf = input.asOf ?? today(ctx);
      const months = input.months ?? 12;
      const currencies = forecast(readAgreements(ctx.store.sql), asOf, months, {
        annualRetention: settings.annualRetention,
        winProbability: settings.winProbability,
      });
      return { asOf, months, currencies };
    },
  }),

  'revenue.metrics': handler({
    input: z.strictObject({ asOf: calendarDate.optional() }),
    writes: [],
    run: (ctx, input) => {
      const sql = ctx.store.sql;
      const settings = getSettings(sql);
      const asOf = input.asOf ?? today(ctx);
      const agreements = readAgreements(sql);
      const trailing = monthsBefore(asOf, 12);
      const window = new Set(trailing);
      const payments = collectedPayments(sql).filter((p) => window.has(p.date.slice(0, 7)));
      const recurring = mrr(agreements, asOf);
      const currencies = [...new Set([...agreements.map((a) => a.currency), ...invoiceCurrencies(sql)])].sort();

      const perCurrency = Object.fromEntries(
        currencies.map((currency) => {
          const own = payments.filter((p) => p.currency === currency);
          const { topClientId, topClientShare, hhi } = concentration(own);
          return [
            currency,
            {
              mrrMinor: recurring.get(currency)?.mrrMinor ?? 0,
              arrMinor: recurring.get(currency)?.arrMinor ?? 0,
              topClientId,
              topClientShare,
              hhi,
              volatility: volatility(perMonth(own, trailing)),
            },
          ];
        }),
      );

      // Over-servicing looks at the retainers in force and their recent ledgers.
      const inForce = agreements.filter((a) => (a.kind === 'work' || a.kind === 'access') && isInForce(a, asOf));
      const work = deliveredWork(sql, inForce.map((a) => a.id));
      const rules = { timeZone: settings.timeZone, lateCancelHours: settings.lateCancelHours };
      const overServicing = inForce
        .filter((a) => isOverServiced(a, usageLedger(a, work.sessions.get(a.id) ?? [], work.workLogs.get(a.id) ?? [], rules, asOf), asOf))
        .map((a) => ({ agreementId: a.id }));

      return {
        asOf,
        currencies: perCurrency,
        retainerCandidates: retainerCandidates(agreements, projectLines(sql), asOf),
        overServicing,
      };
    },
  }),
};
