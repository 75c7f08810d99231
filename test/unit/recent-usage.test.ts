// The recent ledgers Today and Revenue read (the last rows from recent sessions only) against
// the straightforward ledger over every session, on a generated practice and on random data.
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/api/contract.ts';
import { createCore } from '../../src/api/core.ts';
import { deliveredDaysOf } from '../../src/api/delivered.ts';
import { recentLedgerOf } from '../../src/api/recent-usage.ts';
import { generateLargeWorkspace } from '../../src/demo/large.ts';
import { createRandom } from '../../src/demo/random.ts';
import { addDays, dateInZone, dayNumber } from '../../src/domain/dates.ts';
import { isOverServiced } from '../../src/domain/metrics.ts';
import { isInForce } from '../../src/domain/terms.ts';
import { deliveredMinutesOf, recentUsageLedger, type UsageAgreement, usageLedgerOfDays, usageWarning } from '../../src/domain/usage.ts';
import { readAgreements } from '../../src/store/agreements.ts';
import { openStore } from '../../src/store/open.ts';
import { allDeliveredWork } from '../../src/store/revenue.ts';
import { deliveredInWindow } from '../../src/store/revenue-reads.ts';
import { ok } from './helpers.ts';

describe('recent usage ledger', () => {
  it('gives the last rows of the full ledger, or null when the warm-up does not settle the rollover', () => {
    const rng = createRandom(5);
    let settled = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const agreement: UsageAgreement = {
        kind: rng.next() < 0.2 ? 'access' : 'work',
        status: 'active',
        startDate: addDays('2025-01-01', Math.floor(rng.next() * 60)),
        termMonths: null,
        autoRenew: true,
        noticeDays: 30,
        cancellation: null,
        periodMonths: rng.next() < 0.5 ? 1 : 3,
        includedMinutes: 120,
        rolloverCapMinutes: rng.next() < 0.3 ? null : Math.floor(rng.next() * 120),
        overageRateMinorPerHour: 9000,
        overageIncrementMinutes: 15,
        fairUseMinutes: 90,
        pauses: rng.next() < 0.3 ? [{ from: '2025-06-01', to: '2025-07-15' }] : [],
      };
      const days: number[] = [];
      const minutes: number[] = [];
      for (let day = dayNumber('2025-01-01'); day < dayNumber('2026-03-01'); day += 1 + Math.floor(rng.next() * 12)) {
        days.push(day);
        minutes.push(15 * Math.floor(rng.next() * 8));
      }
      const asOf = addDays('2025-09-01', Math.floor(rng.next() * 150));
      const full = usageLedgerOfDays(agreement, { days, minutes }, asOf);
      for (const [count, warmup] of [
        [1, 0],
        [1, 2],
        [4, 1],
        [4, 3],
        [30, 0],
      ] as const) {
        const recent = recentUsageLedger(agreement, { days, minutes }, asOf, count, warmup);
        if (recent === null) continue;
        settled += 1;
        expect(recent).toEqual(full.slice(-count));
      }
    }
    expect(settled).toBeGreaterThan(1000);
  });

  it('gives Today the usage warnings and Revenue the over-serviced agreements of the full ledgers', async () => {
    const file = generateLargeWorkspace({ clients: 60, agreements: 150, sessions: 6000, invoices: 300, seed: 4 });
    const store = await openStore(':memory:');
    const core = createCore(store, { now: () => new Date('2026-03-01T10:00:00Z'), log: () => undefined });
    await ok(core, 'data.import', { file });
    const memos = new Map<string, unknown>();
    const ctx = {
      store,
      memo: (key: string, _tables: unknown, compute: () => unknown) =>
        memos.has(key) ? memos.get(key) : memos.set(key, compute()).get(key),
    } as unknown as Context;
    let compared = 0;
    for (const asOf of ['2025-11-30', '2026-01-31', '2026-03-01', '2026-05-15']) {
      const retainers = readAgreements(store.sql).filter((a) => (a.kind === 'work' || a.kind === 'access') && isInForce(a, asOf));
      const warnings: string[] = [];
      const overServiced: string[] = [];
      for (const a of retainers) {
        const full = usageLedgerOfDays(a, deliveredDaysOf(ctx, a.id), asOf);
        expect(recentLedgerOf(ctx, a, asOf, 1)).toEqual(full.slice(-1));
        expect(recentLedgerOf(ctx, a, asOf, 4)).toEqual(full.slice(-4));
        const current = full.at(-1);
        if (current && current.end >= asOf && usageWarning(a, current)) warnings.push(a.id);
        if (isOverServiced(a, full, asOf)) overServiced.push(a.id);
        compared += 1;
      }
      const summary = await ok(core, 'today.summary', { asOf });
      expect(summary.usageWarnings.map((w) => w.agreementId).sort()).toEqual(warnings.sort());
      const metrics = await ok(core, 'revenue.metrics', { asOf });
      expect(metrics.overServicing.map((o) => o.agreementId).sort()).toEqual(overServiced.sort());
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('sums the delivered minutes of a window in SQL as the ledger counts them session by session', async () => {
    const file = generateLargeWorkspace({ clients: 40, agreements: 80, sessions: 5000, invoices: 100, seed: 9 });
    const store = await openStore(':memory:');
    const core = createCore(store, { now: () => new Date('2026-03-01T10:00:00Z'), log: () => undefined });
    await ok(core, 'data.import', { file });
    for (const timeZone of ['Europe/London', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      const rules = { timeZone, lateCancelHours: 24 };
      const work = allDeliveredWork(store.sql);
      for (const [firstDate, lastDate] of [
        ['2025-03-01', '2026-02-28'],
        ['2025-10-26', '2025-10-26'],
        ['2025-10-26', '2025-10-27'],
        ['2024-01-01', '2026-12-31'],
      ] as const) {
        const expected = new Map<string, { present: boolean; minutes: number }>();
        for (const [agreementId, sessions] of work.sessions) {
          for (const session of sessions) {
            const date = dateInZone(new Date(session.start), timeZone);
            if (date < firstDate || date > lastDate) continue;
            const row = expected.get(agreementId) ?? { present: true, minutes: 0 };
            row.minutes += deliveredMinutesOf(session, rules.lateCancelHours);
            expected.set(agreementId, row);
          }
        }
        for (const [agreementId, logs] of work.workLogs) {
          for (const log of logs.filter((l) => l.date >= firstDate && l.date <= lastDate)) {
            const row = expected.get(agreementId) ?? { present: true, minutes: 0 };
            row.minutes += log.minutes;
            expected.set(agreementId, row);
          }
        }
        const got = deliveredInWindow(store.sql, firstDate, lastDate, (session) => ({
          date: dateInZone(new Date(session.start), timeZone),
          minutes: deliveredMinutesOf(session, rules.lateCancelHours),
        }));
        expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
      }
    }
  });
});
