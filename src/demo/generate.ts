// The demo practice a new user can explore (`cadence demo`, the first-run choice): about
// 25 clients on every kind of agreement, a year of sessions and invoices up to `today`.
// Deterministic: the same `today` and `seed` give the same file, byte for byte.
import type { WorkspaceFile } from '../api/workspace-file.ts';
import { type CalendarDate, isCalendarDate } from '../domain/dates.ts';
import { timestampText } from '../domain/instants.ts';
import type { WorkspaceSettings } from '../domain/model.ts';
import { adHocSessions, slotSessions, upcomingChanges, workLogs } from './demo-activity.ts';
import { demoInvoices, demoPayments } from './demo-billing.ts';
import { createExpander } from './occurrences.ts';
import { demoAgreements, demoClients } from './practice.ts';
import { createRandom } from './random.ts';
import { withSessionIds } from './sessions.ts';
import { atUtc, fixedId } from './util.ts';

export interface DemoOptions {
  /** The day the demo is created (`YYYY-MM-DD`); every date is relative to it. */
  today: CalendarDate;
  seed?: number;
}

export const DEMO_SETTINGS: WorkspaceSettings = {
  businessName: 'Harbour Lane Coaching',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
  lateCancelHours: 24,
  paymentTermsDays: 14,
  annualRetention: 0.8,
  winProbability: 0.5,
};

export function generateDemoWorkspace(options: DemoOptions): WorkspaceFile {
  const { today } = options;
  if (!isCalendarDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, not "${today}"`);
  const rng = createRandom(options.seed ?? 1);
  const settings = { ...DEMO_SETTINGS };
  // The file is "exported" at 09:00 UTC today: calls before that have happened.
  const now = atUtc(today, 9);
  const ctx = { today, now, lateCancelHours: settings.lateCancelHours, timeZone: settings.timeZone, expand: createExpander() };

  const clients = demoClients();
  const agreements = demoAgreements(today);
  // Each part draws from its own stream, so changing one part leaves the others as they were.
  const sessionDrafts = [
    ...slotSessions(rng.fork('slots'), agreements, ctx),
    ...upcomingChanges(agreements, ctx),
    ...adHocSessions(rng.fork('ad-hoc'), agreements, clients, ctx),
  ];
  const logDrafts = workLogs(rng.fork('logs'), agreements, ctx);
  const issued = demoInvoices(agreements, sessionDrafts, logDrafts, settings, today);
  const { invoices, payments } = demoPayments(rng.fork('payments'), issued, today);

  return {
    format: 'cadence-workspace',
    version: 1,
    exportedAt: timestampText(now),
    settings,
    clients,
    agreements,
    sessions: withSessionIds(sessionDrafts, 6),
    workLogs: logDrafts.map((log, i) => ({ id: fixedId('w', i + 1, 5), ...log })),
    invoices,
    payments,
  };
}
