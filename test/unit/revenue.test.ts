import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceFile } from '../../src/api/workspace-file.ts';
import { type ForecastAgreement, forecast } from '../../src/domain/forecast.ts';
import { concentration, type MetricsAgreement, mrr, retainerCandidates, volatility } from '../../src/domain/metrics.ts';
import { memoryCore, ok, readExample, readExpected } from './helpers.ts';

const expectedB = readExpected('expected-b.json');
const assumptions = { annualRetention: 0.8, winProbability: 0.5 };

function retainer(overrides: Partial<ForecastAgreement> = {}): ForecastAgreement {
  return {
    id: 'a',
    kind: 'work',
    status: 'active',
    currency: 'EUR',
    startDate: '2026-01-31',
    termMonths: null,
    autoRenew: true,
    noticeDays: 30,
    periodMonths: 1,
    feeMinor: 100000,
    installments: [],
    pauses: [],
    cancellation: null,
    renewalProbability: null,
    ...overrides,
  };
}

describe('forecast', () => {
  it('gives worked example B', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const result = await ok(core, 'revenue.forecast', { asOf: '2026-02-20', months: 12 });
    expect(result).toEqual(expectedB.forecast);
  });

  it('open-ended, anchored on the 31st: committed until the earliest end, then one renewal per period', () => {
    // asOf 2026-03-10, 30 days' notice → earliest end 2026-04-09. Periods: Mar 31 (committed), Apr 30 (k=1), May 31 (k=2).
    const [march, april, may] = forecast([retainer()], '2026-03-10', 3, assumptions).EUR!;
    const p = 0.8 ** (1 / 12);
    expect(march).toMatchObject({ month: '2026-03', committedMinor: 100000, renewalMinor: 0 });
    expect(april).toMatchObject({ committedMinor: 0, renewalMinor: Math.round(100000 * p) });
    expect(may).toMatchObject({ committedMinor: 0, renewalMinor: Math.round(100000 * p ** 2) });
  });

  it('fixed terms: the next term is k = 1 with p = retention^(term/12), or the agreement’s own probability', () => {
    // Quarterly fee 300000, 6-month terms from 2025-08-01, 60 days' notice. On 2026-02-20 the
    // earliest end is 2026-08-01 (term 2). Term 3 (Aug 1, Nov 1) is k = 1.
    const quarterly = retainer({ startDate: '2025-08-01', termMonths: 6, periodMonths: 3, noticeDays: 60, feeMinor: 300000 });
    const rows = forecast([quarterly], '2026-02-20', 13, assumptions).EUR!;
    const byMonth = Object.fromEntries(rows.map((r) => [r.month, r]));
    expect(byMonth['2026-02']!.committedMinor).toBe(300000);
    expect(byMonth['2026-05']!.committedMinor).toBe(300000);
    expect(byMonth['2026-08']!.renewalMinor).toBe(Math.round(300000 * 0.8 ** 0.5));
    expect(byMonth['2026-11']!.renewalMinor).toBe(Math.round(300000 * 0.8 ** 0.5));
    expect(byMonth['2027-02']!.renewalMinor).toBe(Math.round(300000 * 0.8)); // term 4: k = 2
    const own = forecast([{ ...quarterly, renewalProbability: 0.9 }], '2026-02-20', 13, assumptions).EUR!;
    expect(own.find((r) => r.month === '2027-02')!.renewalMinor).toBe(Math.round(300000 * 0.81));
  });

  it('a cancellation or a term without renewal forecasts nothing past the end', () => {
    const cancelled = retainer({ cancellation: { noticeGivenOn: '2026-03-01', effectiveDate: '2026-04-15' } });
    const rows = forecast([cancelled], '2026-03-10', 4, assumptions).EUR!;
    // Periods Mar 31 (committed) and Apr 30 (on or after the end: nothing, it does not renew).
    expect(rows.map((r) => [r.committedMinor, r.renewalMinor])).toEqual([
      [100000, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    const fixed = retainer({ termMonths: 3, autoRenew: false });
    // Term Jan 31 → Apr 30: periods Jan 31 (before the window), Feb 28, Mar 31; nothing after.
    expect(forecast([fixed], '2026-02-01', 6, assumptions).EUR!.map((r) => r.committedMinor + r.renewalMinor)).toEqual([
      100000, 100000, 0, 0, 0, 0,
    ]);
  });

  it('pipeline is a sent proposal’s committed and renewal times the win probability; currencies stay apart', () => {
    const sent = retainer({ id: 's', status: 'sent', startDate: '2026-04-01', currency: 'USD' });
    const result = forecast([retainer(), sent], '2026-03-10', 3, assumptions);
    expect(Object.keys(result)).toEqual(['EUR', 'USD']);
    expect(result.USD!.map((r) => r.pipelineMinor)).toEqual([0, 50000, Math.round(100000 * 0.8 ** (1 / 12) * 0.5)]);
    expect(result.EUR!.every((r) => r.pipelineMinor === 0)).toBe(true);
  });

  it('value installments are committed in their month; project work forecasts nothing', () => {
    const value = retainer({
      kind: 'value',
      installments: [
        { dueDate: '2026-03-10', amountMinor: 250000 },
        { dueDate: '2026-05-10', amountMinor: 250000 },
      ],
    });
    const project = retainer({ id: 'p', kind: 'project' });
    const rows = forecast([value, project], '2026-03-01', 3, assumptions).EUR!;
    expect(rows.map((r) => r.committedMinor)).toEqual([250000, 0, 250000]);
  });

  const arbitraryAgreement = fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      kind: fc.constantFrom('work', 'access', 'value', 'project') as fc.Arbitrary<ForecastAgreement['kind']>,
      status: fc.constantFrom('active', 'sent', 'draft', 'ended') as fc.Arbitrary<ForecastAgreement['status']>,
      currency: fc.constantFrom('EUR', 'GBP'),
      startDate: fc
        .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      periodMonths: fc.constantFrom(1, 3),
      termChoice: fc.constantFrom(null, 1, 2, 4),
      autoRenew: fc.boolean(),
      noticeDays: fc.integer({ min: 0, max: 90 }),
      feeMinor: fc.integer({ min: 0, max: 1_000_000 }),
      renewalProbability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    })
    .map(({ termChoice, ...a }) => ({
      ...a,
      termMonths: termChoice === null ? null : termChoice * a.periodMonths,
      installments: a.kind === 'value' ? [{ dueDate: a.startDate, amountMinor: a.feeMinor }] : [],
      pauses: [],
      cancellation: null,
    }));

  it('never goes negative, expected is the sum of its parts, and removing an agreement never raises a component', () => {
    fc.assert(
      fc.property(fc.array(arbitraryAgreement, { minLength: 1, maxLength: 6 }), fc.nat({ max: 5 }), (agreements, drop) => {
        const all = forecast(agreements, '2026-02-20', 18, assumptions);
        const fewer = forecast(
          agreements.filter((_, i) => i !== drop % agreements.length),
          '2026-02-20',
          18,
          assumptions,
        );
        for (const [currency, rows] of Object.entries(all)) {
          rows.forEach((row, i) => {
            expect(row.committedMinor).toBeGreaterThanOrEqual(0);
            expect(row.renewalMinor).toBeGreaterThanOrEqual(0);
            expect(row.pipelineMinor).toBeGreaterThanOrEqual(0);
            expect(row.expectedMinor).toBe(row.committedMinor + row.renewalMinor + row.pipelineMinor);
            const other = fewer[currency]?.[i];
            if (!other) return;
            expect(other.committedMinor).toBeLessThanOrEqual(row.committedMinor);
            expect(other.renewalMinor).toBeLessThanOrEqual(row.renewalMinor);
            expect(other.pipelineMinor).toBeLessThanOrEqual(row.pipelineMinor);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('metrics', () => {
  it('gives worked example B', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const result = await ok(core, 'revenue.metrics', { asOf: '2026-02-20' });
    const expected = expectedB.metrics;
    expect(result.retainerCandidates).toEqual(expected.retainerCandidates);
    expect(result.overServicing).toEqual(expected.overServicing);
    for (const [key, value] of Object.entries(expected.currencies.GBP as Record<string, unknown>)) {
      const got = (result.currencies.GBP as Record<string, unknown>)[key];
      if (typeof value === 'number' && !Number.isInteger(value)) expect(got).toBeCloseTo(value, 9);
      else expect(got).toEqual(value);
    }
  });

  const agreement = (overrides: Partial<MetricsAgreement>): MetricsAgreement => ({
    id: 'a',
    clientId: 'c',
    kind: 'work',
    status: 'active',
    currency: 'EUR',
    startDate: '2026-01-01',
    termMonths: null,
    autoRenew: true,
    noticeDays: 30,
    periodMonths: 1,
    feeMinor: 100,
    fairUseMinutes: null,
    pauses: [],
    cancellation: null,
    ...overrides,
  });

  it('MRR sums fee / period exactly and rounds once; ARR is 12 × the exact sum', () => {
    // 100/3 + 100/3 + 100/3 = 100 exactly; rounding each first would give 99.
    const three = [1, 2, 3].map((i) => agreement({ id: `q${i}`, periodMonths: 3, feeMinor: 100 }));
    expect(mrr(three, '2026-02-01').get('EUR')).toEqual({ mrrMinor: 100, arrMinor: 1200 });
    // One quarterly 100: 33.33 → 33; ARR 400.
    expect(mrr([three[0]!], '2026-02-01').get('EUR')).toEqual({ mrrMinor: 33, arrMinor: 400 });
    // A paused period or an agreement not yet started does not count.
    expect(mrr([agreement({ pauses: [{ from: '2026-02-01', to: '2026-02-28' }] })], '2026-02-10').size).toBe(0);
    expect(mrr([agreement({ startDate: '2026-03-01' })], '2026-02-10').size).toBe(0);
  });

  it('concentration breaks ties by the lowest id; volatility is null without revenue', () => {
    const c = concentration([
      { clientId: 'b', currency: 'EUR', date: '2026-01-05', amountMinor: 50 },
      { clientId: 'a', currency: 'EUR', date: '2026-01-06', amountMinor: 50 },
    ]);
    expect(c).toEqual({ topClientId: 'a', topClientShare: 0.5, hhi: 0.5 });
    expect(concentration([])).toEqual({ topClientId: null, topClientShare: null, hhi: null });
    expect(volatility(new Array(12).fill(0))).toBeNull();
    expect(volatility([100, 100, 100])).toBe(0);
    // Quarterly billing shows as volatile: [300, 0, 0] → sd 141.42 / mean 100.
    expect(volatility([300, 0, 0])).toBeCloseTo(Math.sqrt(2), 12);
  });

  it('retainer candidates: project lines in 3 of the last 6 months, medians, an even count rounded', () => {
    const lines = [
      { month: '2025-09', amount: 1000, minutes: 60 },
      { month: '2025-11', amount: 3001, minutes: null },
      { month: '2026-01', amount: 2000, minutes: 121 },
      { month: '2026-01', amount: 500, minutes: 30 },
      { month: '2025-12', amount: 4000, minutes: 200 },
      { month: '2025-07', amount: 99999, minutes: 999 }, // outside the last 6 months
    ].map((l) => ({ clientId: 'c1', currency: 'EUR', issueDate: `${l.month}-15`, amountMinor: l.amount, minutes: l.minutes }));
    // Months: Sep 1000/60, Nov 3001/0, Dec 4000/200, Jan 2500/151 → medians (2500+3001)/2 = 2750.5 → 2751 and (60+151)/2 = 105.5 → 106.
    expect(retainerCandidates([], lines, '2026-02-20')).toEqual([
      { clientId: 'c1', currency: 'EUR', suggestedFeeMinor: 2751, suggestedIncludedMinutes: 106 },
    ]);
    expect(retainerCandidates([agreement({ clientId: 'c1' })], lines, '2026-02-20')).toEqual([]);
    expect(retainerCandidates([], lines.slice(0, 2), '2026-02-20')).toEqual([]);
  });
});

describe('dashboard and what-if', () => {
  it('shows 24 months of collected and invoiced revenue that add up to the payments and issued invoices', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const dashboard = await ok(core, 'revenue.dashboard', { asOf: '2026-02-20' });
    expect(dashboard.months).toHaveLength(24);
    expect(dashboard.months.at(-1)).toBe('2026-02');
    expect(dashboard.months[0]).toBe('2024-03');
    const file = readExample() as WorkspaceFile;
    const voided = new Set(file.invoices.filter((i) => i.status === 'void').map((i) => i.id));
    const collected = file.payments
      .filter((p) => !voided.has(p.invoiceId) && p.date >= '2024-03-01')
      .reduce((s, p) => s + p.amountMinor, 0);
    expect(dashboard.currencies.GBP!.collected.reduce((a, b) => a + b, 0)).toBe(collected);
    const e4 = dashboard.hourlyRates.find((r) => r.clientId === 'e4');
    expect(e4).toBeDefined();
  });

  it('the screen read answers what the separate reads do, with the names of what it mentions', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    // The calendar keeps client names in memory too: the screen must read them as it keeps them.
    await ok(core, 'calendar.range', { from: '2026-02-16', to: '2026-02-22' });
    const screen = await ok(core, 'revenue.screen', { asOf: '2026-02-20' });
    expect(screen.metrics).toEqual(await ok(core, 'revenue.metrics', { asOf: '2026-02-20' }));
    expect(screen.lastYear).toEqual(await ok(core, 'revenue.metrics', { asOf: '2025-02-20' }));
    expect(screen.dashboard).toEqual(await ok(core, 'revenue.dashboard', { asOf: '2026-02-20' }));
    expect(screen.forecast).toEqual(expectedB.forecast);
    // The clients a what-if can remove: those with an active or sent agreement, and no other.
    const agreements = await ok(core, 'agreements.list', {});
    const counted = [...new Set(agreements.filter((a) => a.status === 'active' || a.status === 'sent').map((a) => a.clientId))].sort();
    expect(counted.length).toBeGreaterThan(0);
    expect(screen.forecastClientIds).toEqual(counted);
    // Every client the screen mentions is named, with its own name.
    const clients = new Map((await ok(core, 'clients.list', {})).map((c) => [c.id, c.name]));
    const mentioned = [
      ...counted,
      ...screen.metrics.retainerCandidates.map((c) => c.clientId),
      screen.metrics.currencies.GBP!.topClientId!,
    ];
    for (const id of mentioned) expect(screen.clientNames[id]).toBe(clients.get(id));
    expect(Object.keys(screen.clientNames).sort()).toEqual([...new Set(mentioned)].sort());
    // The over-serviced agreements come with their titles.
    expect(Object.keys(screen.agreements).sort()).toEqual(screen.metrics.overServicing.map((o) => o.agreementId).sort());
    for (const [agreementId, named] of Object.entries(screen.agreements)) {
      expect(named).toEqual({
        title: agreements.find((a) => a.id === agreementId)!.title,
        clientId: agreements.find((a) => a.id === agreementId)!.clientId,
        kind: agreements.find((a) => a.id === agreementId)!.kind,
      });
    }
    // A year before 29 February is the 28th.
    expect((await ok(core, 'revenue.screen', { asOf: '2028-02-29' })).lastYear.asOf).toBe('2027-02-28');
  });

  it('the screen read is kept until a write, then answered afresh', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const before = await ok(core, 'revenue.screen', { asOf: '2026-02-20' });
    expect(await ok(core, 'revenue.screen', { asOf: '2026-02-20' })).toEqual(before);
    const open = (await ok(core, 'invoices.list', {})).find((i) => i.status === 'issued' && i.balanceMinor > 0)!;
    expect(open).toBeDefined();
    await ok(core, 'payments.record', { invoiceId: open.id, date: '2026-02-19', amountMinor: 100, method: 'card' });
    const after = await ok(core, 'revenue.screen', { asOf: '2026-02-20' });
    const february = after.dashboard.months.indexOf('2026-02');
    expect(after.dashboard.currencies[open.currency]!.collected[february]).toBe(
      before.dashboard.currencies[open.currency]!.collected[february]! + 100,
    );
    // Other dates are answered for themselves, and the first again after them.
    expect((await ok(core, 'revenue.screen', { asOf: '2026-01-20' })).asOf).toBe('2026-01-20');
    expect(await ok(core, 'revenue.screen', { asOf: '2026-02-20' })).toEqual(after);
  });

  it('what-if: losing the top client, adding a retainer and changing retention, never saved', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const base = await ok(core, 'revenue.whatIf', { asOf: '2026-02-20' });
    expect(base.forecast).toEqual(expectedB.forecast.currencies);
    expect(base.mrr.GBP).toEqual({ mrrMinor: 260000, arrMinor: 3120000 });
    const withoutE6 = await ok(core, 'revenue.whatIf', { asOf: '2026-02-20', removeClientIds: ['e6'] });
    expect(withoutE6.mrr.GBP!.mrrMinor).toBe(210000);
    const added = await ok(core, 'revenue.whatIf', {
      asOf: '2026-02-20',
      addRetainers: [{ kind: 'work', currency: 'GBP', feeMinor: 100000, startDate: '2026-03-01', termMonths: 6 }],
    });
    expect(added.forecast.GBP![1]!.committedMinor).toBe(base.forecast.GBP![1]!.committedMinor + 100000);
    const gloomy = await ok(core, 'revenue.whatIf', { asOf: '2026-02-20', annualRetention: 0.5 });
    expect(gloomy.forecast.GBP![3]!.renewalMinor).toBeLessThan(base.forecast.GBP![3]!.renewalMinor);
    expect(await ok(core, 'revenue.forecast', { asOf: '2026-02-20' })).toEqual(expectedB.forecast);
  });

  // The what-if form checks these too, by the same rules; the core is the judge.
  it.each([
    ['a fee of 0', { feeMinor: 0 }, 'addRetainers[0].feeMinor', 'must be more than 0'],
    [
      'a quarterly retainer of 5 months',
      { periodMonths: 3, termMonths: 5 },
      'addRetainers[0].termMonths',
      'must be a multiple of the billing period (3 months)',
    ],
    ['a term of 121 months', { termMonths: 121 }, 'addRetainers[0].termMonths', 'must be 1 to 120 months'],
    ['a term of 2.5 months', { termMonths: 2.5 }, 'addRetainers[0].termMonths', 'must be a whole number of months'],
  ])('what-if: refuses a hypothetical retainer with %s, naming the field', async (_name, change, field, message) => {
    const core = await memoryCore();
    const retainer = { kind: 'work', currency: 'GBP', feeMinor: 100000, startDate: '2026-03-01', termMonths: 6, ...change };
    const result = await core.call('revenue.whatIf', { asOf: '2026-02-20', addRetainers: [retainer] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[field]).toBe(message);
  });
});

describe('which billing structure', () => {
  it('compares the months as billed with retainers and value options on the same delivered time', async () => {
    const { compareStructures } = await import('../../src/domain/structures.ts');
    // Six months billed hourly: 600, 900, 300, 600, 1200, 600 for 60, 90, 30, 60, 120, 60 minutes.
    const result = compareStructures({
      billedMinor: [600, 900, 300, 600, 1200, 600],
      deliveredMinutes: [60, 90, 30, 60, 120, 60],
      valueFeesMinor: [3000],
    });
    expect(result.suggestedFeeMinor).toBe(600);
    expect(result.suggestedIncludedMinutes).toBe(60);
    const [billed, work, access, value] = result.outcomes;
    expect(billed!.totalMinor).toBe(4200);
    expect(billed!.effectiveHourlyMinor).toBe(600); // 4200 over 7 hours
    expect(access!.monthlyMinor).toEqual([600, 600, 600, 600, 600, 600]);
    expect(access!.spread).toBe(0);
    // Work: allowance 60, rollover cap 15, overage at 600 an hour in 15-minute steps.
    // M1 60: 0 over, 0 left. M2 90: 30 over → 300. M3 30: 30 unused → 15 rolls. M4 60: uses 15 first, 15 left of 60 → 15 rolls.
    // M5 120: 60 + 15 allowance → 45 over → 450. M6 60: 0.
    expect(work!.monthlyMinor).toEqual([600, 900, 600, 600, 1050, 600]);
    expect(value!.monthlyMinor).toEqual([1500, 0, 0, 1500, 0, 0]);
    expect(value!.spread).toBeGreaterThan(billed!.spread!);
  });

  it('answers through the API for a client', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const result = await ok(core, 'revenue.compareStructures', { clientId: 'e4', asOf: '2026-02-20' });
    expect(result.months).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(result.currency).toBe('GBP');
    expect(result.outcomes.map((o) => o.structure)).toEqual(['As billed', 'Pay for Work', 'Pay for Access']);
    expect(result.suggestedFeeMinor).toBe(expectedB.metrics.retainerCandidates[0].suggestedFeeMinor);
    // e4's project work has no sessions or work logs: none of the other clients' time is hers.
    expect(result.deliveredMinutes).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('counts only the client’s own delivered time', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const result = await ok(core, 'revenue.compareStructures', { clientId: 'e1', asOf: '2026-02-20' });
    // b1 (e1's only agreement), in Europe/London with 24 late-cancel hours:
    // Dec: 45 + 45 + 45 completed, the no-show's 45, the Dec 31 call cancelled 22 h before (late: 45), and the 30-minute work log = 255.
    // Jan: 60 + 45 + 45 + 45 completed and the 60-minute work log = 255. Aug–Nov: nothing.
    expect(result.deliveredMinutes).toEqual([0, 0, 0, 0, 255, 255]);
  });
});
