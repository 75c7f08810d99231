import { defineConfig } from 'vitest/config';

// npm run test:tz: the tests whose answers would change if some code read the machine's own
// zone instead of the workspace's (calendar dates, slots and their DST changes, periods,
// usage, invoices generated and overdue by date, the forecast, free weekly slots, backups
// kept per day, call reminders). They run again in Pacific/Auckland, far from every zone the
// fixtures use and on the other side of the date line; the rest of the unit project has no
// date in it.
export const ZONE_DEPENDENT = [
  'test/unit/agreements.test.ts',
  'test/unit/backups.test.ts',
  'test/unit/csv.test.ts',
  'test/unit/demo.test.ts',
  'test/unit/electron-notify.test.ts',
  'test/unit/ics.test.ts',
  'test/unit/invoice-balances.test.ts',
  'test/unit/invoices.test.ts',
  'test/unit/pricing.test.ts',
  'test/unit/recent-usage.test.ts',
  'test/unit/revenue-reads.test.ts',
  'test/unit/revenue.test.ts',
  'test/unit/sessions.test.ts',
  'test/unit/settings-working-hours.test.ts',
  'test/unit/status-today.test.ts',
  'test/unit/slot.test.ts',
  'test/unit/terms.test.ts',
  'test/unit/usage.test.ts',
  'test/unit/workspace-import.test.ts',
];

// `npm run test:tz` sets TZ for the whole run: worker threads take the zone the process
// started in, not one set later (test/tz-setup.ts refuses to run in any other zone).
const zone = { environment: 'node' as const, env: { TZ: 'Pacific/Auckland' }, setupFiles: ['test/tz-setup.ts'] };

export default defineConfig({
  test: {
    projects: [
      { test: { ...zone, name: 'tz', include: ZONE_DEPENDENT, pool: 'forks' } },
      // Every domain rule, pure: one shared worker, as in vitest.config.ts.
      { test: { ...zone, name: 'tz-domain', include: ['test/unit/domain-*.test.ts'], pool: 'threads', isolate: false } },
    ],
  },
});
