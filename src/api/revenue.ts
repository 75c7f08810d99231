import { z } from 'zod';
import { hypotheticalRetainerProblems } from '../domain/agreement-rules.ts';
import { addDays, addMonths, dateInZone } from '../domain/dates.ts';
import { calendarDate, currency, id, minor, probability } from '../domain/fields.ts';
import { countsInForecast, forecast } from '../domain/forecast.ts';
import { concentration, isOverServiced, monthsBefore, mrr, perMonth, retainerCandidates, volatility } from '../domain/metrics.ts';
import { roundHalfAwayFromZero } from '../domain/money.ts';
import { valueInstallments, valueOptions } from '../domain/pricing.ts';
import { compareStructures } from '../domain/structures.ts';
import { isInForce } from '../domain/terms.ts';
import { deliveredMinutesOf } from '../domain/usage.ts';
import { type Agreement, readAgreements } from '../store/agreements.ts';
import { collectedPayments, invoiceCurrencies, invoicedTotals, projectLines } from '../store/revenue.ts';
import { collectedPerMonth, deliveredInWindow, invoicedPerMonth } from '../store/revenue-reads.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { findValueConversation } from '../store/value-conversations.ts';
import { today } from './agreement-rules.ts';
import { clientNamesOf } from './clients.ts';
import type { Context } from './contract.ts';
import { handler, TABLES } from './contract.ts';
import { deliveredDaysOf } from './delivered.ts';
import { recentLedgerOf } from './recent-usage.ts';

const whatIfInput = z.strictObject({
  asOf: calendarDate.optional(),
  months: z.number().int().min(1).max(60).optional(),
  removeClientIds: z.array(id).max(500).optional(),
  addRetainers: z
    .array(
      z
        .strictObject({
          kind: z.enum(['work', 'access', 'value']),
          currency,
          feeMinor: minor,
          startDate: calendarDate,
          termMonths: z.number().nullable(),
          periodMonths: z.union([z.literal(1), z.literal(3)], { error: 'must be 1 or 3' }).optional(),
          autoRenew: z.boolean().optional(),
        })
        .superRefine((r, ctx) => {
          const problems = hypotheticalRetainerProblems({ ...r, periodMonths: r.periodMonths ?? 1 });
          for (const [field, message] of Object.entries(problems)) ctx.addIssue({ code: 'custom', path: [field], message });
        }),
    )
    .max(20)
    .optional(),
  annualRetention: probability.optional(),
  winProbability: probability.optional(),
});

/** Hypothetical agreements for the what-if: active from their start, 30 days' notice. */
function hypothetical(add: NonNullable<z.output<typeof whatIfInput>['addRetainers']>): Agreement[] {
  return add.map((r, index) => ({
    id: `what-if-${index + 1}`,
    clientId: `what-if-${index + 1}`,
    kind: r.kind,
    status: 'active',
    title: 'What-if retainer',
    currency: r.currency,
    startDate: r.startDate,
    termMonths: r.termMonths,
    autoRenew: r.autoRenew ?? r.kind !== 'value',
    noticeDays: 30,
    periodMonths: r.periodMonths ?? 1,
    feeMinor: r.feeMinor,
    includedMinutes: r.kind === 'work' ? 0 : null,
    rolloverCapMinutes: null,
    overageRateMinorPerHour: null,
    overageIncrementMinutes: null,
    fairUseMinutes: null,
    hourlyRateMinor: null,
    agreedValueMinor: null,
    installments: r.kind === 'value' ? valueInstallments(r.feeMinor, r.startDate, r.termMonths) : [],
    renewalProbability: null,
    slot: null,
    pauses: [],
    cancellation: null,
    sentAt: null,
    signedAt: null,
  }));
}

export const revenueHandlers = {
  'revenue.whatIf': handler({
    // Recomputed as the coach changes it, and never saved.
    input: whatIfInput,
    reads: ['settings', 'agreements'],
    writes: [],
    run: (ctx, input) => {
      const settings = getSettings(ctx.store.sql);
      const asOf = input.asOf ?? today(ctx);
      const removed = new Set(input.removeClientIds ?? []);
      const agreements = [...agreementsOf(ctx).filter((a) => !removed.has(a.clientId)), ...hypothetical(input.addRetainers ?? [])];
      const assumptions = {
        annualRetention: input.annualRetention ?? settings.annualRetention,
        winProbability: input.winProbability ?? settings.winProbability,
      };
      const months = input.months ?? 12;
      return {
        asOf,
        months,
        assumptions,
        forecast: forecast(agreements, asOf, months, assumptions),
        mrr: Object.fromEntries(mrr(agreements, asOf)),
      };
    },
  }),

  'revenue.compareStructures': handler({
    input: z.strictObject({ clientId: id, asOf: calendarDate.optional() }),
    reads: ['settings', 'clients', 'agreements', 'sessions', 'work_logs', 'invoices'],
    writes: [],
    run: (ctx, { clientId, asOf }) => {
      const sql = ctx.store.sql;
      const settings = getSettings(sql);
      const date = asOf ?? today(ctx);
      const months = monthsBefore(date, 6);
      // The client's main currency: the one most invoiced in those months (else the workspace's).
      const issued = invoicedTotals(sql, clientId).filter((i) => months.includes(i.date.slice(0, 7)));
      const byCurrency = new Map<string, number>();
      for (const i of issued) byCurrency.set(i.currency, (byCurrency.get(i.currency) ?? 0) + i.amountMinor);
      const currencyCode = [...byCurrency].sort((a, b) => b[1] - a[1])[0]?.[0] ?? settings.currency;
      // This client's delivered minutes per month: the sessions and work logs of its agreements.
      const delivered = months.map(() => 0);
      const index = new Map(months.map((m, i) => [m, i]));
      for (const agreement of readAgreements(sql, { clientId })) {
        const { days, minutes } = deliveredDaysOf(ctx, agreement.id);
        days.forEach((day, d) => {
          const i = index.get(addDays(EPOCH, day).slice(0, 7));
          if (i !== undefined) delivered[i]! += minutes[d]!;
        });
      }
      const talk = findValueConversation(sql, clientId);
      const valueFees =
        talk?.valueLowMinor != null && talk.currency === currencyCode
          ? valueOptions(talk.valueLowMinor, talk.currency).map((o) => o.feeMinor)
          : [];
      return {
        clientId,
        currency: currencyCode,
        months,
        deliveredMinutes: delivered,
        ...compareStructures({
          billedMinor: perMonth(
            issued.filter((i) => i.currency === currencyCode),
            months,
          ),
          deliveredMinutes: delivered,
          valueFeesMinor: valueFees,
        }),
      };
    },
  }),

  'revenue.dashboard': handler({
    input: z.strictObject({ asOf: calendarDate.optional() }),
    reads: TABLES,
    writes: [],
    run: (ctx, input) => dashboardAt(ctx, input.asOf ?? today(ctx)),
  }),

  'revenue.forecast': handler({
    input: z.strictObject({
      asOf: calendarDate.optional(),
      months: z.number().int('must be a whole number').min(1, 'must be at least 1').max(60, 'must be at most 60').optional(),
    }),
    reads: ['settings', 'agreements'],
    writes: [],
    run: (ctx, input) => forecastAt(ctx, input.asOf ?? today(ctx), input.months ?? 12),
  }),

  'revenue.metrics': handler({
    input: z.strictObject({ asOf: calendarDate.optional() }),
    reads: ['settings', 'agreements', 'sessions', 'work_logs', 'invoices', 'payments'],
    writes: [],
    run: (ctx, input) => metricsAt(ctx, input.asOf ?? today(ctx)),
  }),

  'revenue.screen': handler({
    // Everything the Revenue screen shows for one date, in one answer: the figures of the
    // three reads above (metrics now and a year earlier, the dashboard, 12 months of
    // forecast) and the names of the clients and agreements they mention, so the screen
    // need not read every agreement to label a few.
    input: z.strictObject({ asOf: calendarDate.optional() }),
    reads: TABLES,
    writes: [],
    run: (ctx, input) => {
      const asOf = input.asOf ?? today(ctx);
      // Kept until any of its tables is written (it reads them all): coming back to the
      // screen, or to a date looked at a moment ago, answers at once. A few dates at most.
      const byDate = ctx.memo('revenue-screen', TABLES, () => new Map<string, ReturnType<typeof screenAt>>());
      let answer = byDate.get(asOf);
      if (!answer) {
        answer = screenAt(ctx, asOf);
        byDate.set(asOf, answer);
        if (byDate.size > SCREEN_DATES_KEPT) byDate.delete(byDate.keys().next().value!);
      }
      return answer;
    },
  }),
};

const SCREEN_DATES_KEPT = 4;

/** What revenue.screen answers for one date. */
function screenAt(ctx: Context, asOf: string) {
  const metrics = metricsAt(ctx, asOf);
  // The same day a year earlier (29 February gives the 28th).
  const lastYear = metricsAt(ctx, addMonths(asOf, -12));
  const agreements = agreementsOf(ctx);
  // The clients a what-if can take away: those whose agreements the forecast counts.
  const forecastClientIds = [...new Set(agreements.filter(countsInForecast).map((a) => a.clientId))].sort();
  const overServiced = new Set(metrics.overServicing.map((o) => o.agreementId));
  const named = agreements
    .filter((a) => overServiced.has(a.id))
    .map((a) => [a.id, { title: a.title, clientId: a.clientId, kind: a.kind }] as const);
  const clientIds = new Set([
    ...forecastClientIds,
    ...named.map(([, a]) => a.clientId),
    ...metrics.retainerCandidates.map((c) => c.clientId),
    ...[metrics, lastYear].flatMap((m) => Object.values(m.currencies).map((c) => c.topClientId)),
  ]);
  const names = clientNamesOf(ctx);
  return {
    asOf,
    metrics,
    lastYear,
    dashboard: dashboardAt(ctx, asOf),
    forecast: forecastAt(ctx, asOf, 12),
    clientNames: Object.fromEntries([...clientIds].flatMap((id) => (id !== null && names.has(id) ? [[id, names.get(id)!.name]] : []))),
    forecastClientIds,
    agreements: Object.fromEntries(named),
  };
}

const EPOCH = '1970-01-01';

/** Collected and invoiced per month for the 24 months to asOf, and the hourly rates. */
function dashboardAt(ctx: Context, asOf: string) {
  const sql = ctx.store.sql;
  const history = [...monthsBefore(asOf, 23), asOf.slice(0, 7)];
  // Summed per currency and month in SQL: 50,000 payments need not cross into JS.
  const firstDate = `${history[0]}-01`;
  const lastDate = addDays(addMonths(`${history.at(-1)}-01`, 1), -1);
  const collected = collectedPerMonth(sql, firstDate, lastDate).map((r) => ({ ...r, date: r.month }));
  const invoiced = invoicedPerMonth(sql, firstDate, lastDate).map((r) => ({ ...r, date: r.month }));
  const currencies = [...new Set([...agreementsOf(ctx).map((a) => a.currency), ...invoiceCurrencies(sql)])].sort();
  return {
    asOf,
    months: history,
    currencies: Object.fromEntries(
      currencies.map((currency) => [
        currency,
        {
          collected: perMonth(
            collected.filter((p) => p.currency === currency),
            history,
          ),
          invoiced: perMonth(
            invoiced.filter((i) => i.currency === currency),
            history,
          ),
        },
      ]),
    ),
    // Depends on asOf through its trailing 12 months only.
    hourlyRates: ctx.memo(
      `hourly-rates:${asOf.slice(0, 7)}`,
      ['sessions', 'work_logs', 'agreements', 'clients', 'settings', 'invoices'],
      () => hourlyRates(ctx, asOf),
    ),
  };
}

/** The forecast for `months` months from asOf, per currency. */
function forecastAt(ctx: Context, asOf: string, months: number) {
  const settings = getSettings(ctx.store.sql);
  const currencies = forecast(agreementsOf(ctx), asOf, months, {
    annualRetention: settings.annualRetention,
    winProbability: settings.winProbability,
  });
  return { asOf, months, currencies };
}

/** MRR, concentration and volatility per currency, retainer candidates and over-servicing, as of a date. */
function metricsAt(ctx: Context, asOf: string) {
  const sql = ctx.store.sql;
  const agreements = agreementsOf(ctx);
  const trailing = monthsBefore(asOf, 12);
  const window = new Set(trailing);
  const payments = collectedPaymentsOf(ctx).filter((p) => window.has(p.date.slice(0, 7)));
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
  const overServicing = inForce
    // The last 3 ended periods and the current one are the ledger's last 4 rows at most.
    .filter((a) => isOverServiced(a, recentLedgerOf(ctx, a, asOf, 4), asOf))
    .map((a) => ({ agreementId: a.id }));

  return {
    asOf,
    currencies: perCurrency,
    retainerCandidates: retainerCandidates(agreements, projectLinesOf(ctx), asOf),
    overServicing,
  };
}

// Whole-practice reads the Revenue screen makes several times (metrics now and a year ago,
// the dashboard, the forecast), kept until their tables are written. Read-only to callers.
function agreementsOf(ctx: Context) {
  return ctx.memo('revenue-agreements', ['agreements'], () => readAgreements(ctx.store.sql));
}

function collectedPaymentsOf(ctx: Context) {
  return ctx.memo('collected-payments', ['payments', 'invoices'], () => collectedPayments(ctx.store.sql));
}

function projectLinesOf(ctx: Context) {
  return ctx.memo('project-lines', ['invoices'], () => projectLines(ctx.store.sql));
}

/**
 * Effective hourly rate per client and currency over the trailing 12 months: invoiced
 * revenue (issued invoices by issue date) over delivered hours (sessions and work logs).
 */
function hourlyRates(ctx: Context, asOf: string) {
  const sql = ctx.store.sql;
  const settings = getSettings(sql);
  const window = new Set(monthsBefore(asOf, 12));
  const invoicedByClient = new Map<string, number>();
  for (const row of sql.all(
    qb
      .selectFrom('invoices as i')
      .innerJoin('invoice_lines as l', 'l.invoice_id', 'i.id')
      .select(['i.client_id', 'i.currency', 'i.issue_date', 'l.amount_minor'])
      .where('i.status', '=', 'issued'),
  )) {
    if (!window.has(row.issue_date.slice(0, 7))) continue;
    const key = `${row.client_id}|${row.currency}`;
    invoicedByClient.set(key, (invoicedByClient.get(key) ?? 0) + row.amount_minor);
  }
  const agreements = agreementsOf(ctx);
  const currencyOf = new Map(agreements.map((a) => [a.id, a.currency]));
  const clientOf = new Map(agreements.map((a) => [a.id, a.clientId]));
  // Delivered minutes in the 12 months, summed in SQL (see deliveredInWindow). An agreement
  // with sessions or work logs in the window but no minutes still names its client.
  const months = [...window].sort();
  const firstDate = `${months[0]}-01`;
  const lastDate = addDays(addMonths(`${months.at(-1)}-01`, 1), -1);
  const delivered = deliveredInWindow(sql, firstDate, lastDate, (session) => ({
    date: dateInZone(new Date(session.start), settings.timeZone),
    minutes: deliveredMinutesOf(session, settings.lateCancelHours),
  }));
  const minutesByClient = new Map<string, number>();
  for (const [agreementId, { minutes }] of delivered) {
    const key = `${clientOf.get(agreementId)}|${currencyOf.get(agreementId)}`;
    minutesByClient.set(key, (minutesByClient.get(key) ?? 0) + minutes);
  }
  const names = clientNamesOf(ctx);
  const keys = [...new Set([...invoicedByClient.keys(), ...minutesByClient.keys()])].sort();
  return keys.map((key) => {
    const [clientId, currencyCode] = key.split('|') as [string, string];
    const invoicedMinor = invoicedByClient.get(key) ?? 0;
    const deliveredMinutes = minutesByClient.get(key) ?? 0;
    return {
      clientId,
      clientName: names.get(clientId)?.name ?? '',
      currency: currencyCode,
      invoicedMinor,
      deliveredMinutes,
      rateMinorPerHour: deliveredMinutes > 0 ? roundHalfAwayFromZero((invoicedMinor * 60) / deliveredMinutes) : null,
    };
  });
}
