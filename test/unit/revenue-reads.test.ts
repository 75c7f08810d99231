// The Revenue dashboard's per-month sums in SQL against the straightforward sums of every row.
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/api/core.ts';
import { generateLargeWorkspace } from '../../src/demo/large.ts';
import { monthsBefore, perMonth } from '../../src/domain/metrics.ts';
import { openStore } from '../../src/store/open.ts';
import { collectedPayments, invoicedTotals } from '../../src/store/revenue.ts';
import { collectedPerMonth, invoicedPerMonth } from '../../src/store/revenue-reads.ts';
import { ok } from './helpers.ts';

describe('revenue sums per month', () => {
  it('equal the sums of every payment and issued invoice, per currency', async () => {
    const file = generateLargeWorkspace({ clients: 60, agreements: 120, sessions: 500, invoices: 3000, seed: 12 });
    const store = await openStore(':memory:');
    const core = createCore(store, { now: () => new Date('2026-03-01T10:00:00Z'), log: () => undefined });
    await ok(core, 'data.import', { file });
    const payments = collectedPayments(store.sql);
    const invoiced = invoicedTotals(store.sql);
    const currencies = [...new Set(invoiced.map((i) => i.currency))];
    expect(payments.length).toBeGreaterThan(1000);
    for (const asOf of ['2026-03-01', '2025-07-31', '2024-12-15']) {
      const months = [...monthsBefore(asOf, 23), asOf.slice(0, 7)];
      const [firstDate, lastDate] = [`${months[0]}-01`, `${months.at(-1)}-31`];
      const collected = collectedPerMonth(store.sql, firstDate, lastDate).map((r) => ({ ...r, date: r.month }));
      const issued = invoicedPerMonth(store.sql, firstDate, lastDate).map((r) => ({ ...r, date: r.month }));
      for (const currency of currencies) {
        expect(
          perMonth(
            collected.filter((r) => r.currency === currency),
            months,
          ),
        ).toEqual(
          perMonth(
            payments.filter((p) => p.currency === currency),
            months,
          ),
        );
        expect(
          perMonth(
            issued.filter((r) => r.currency === currency),
            months,
          ),
        ).toEqual(
          perMonth(
            invoiced.filter((i) => i.currency === currency),
            months,
          ),
        );
      }
    }
  });
});
