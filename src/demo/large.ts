// A large practice for benchmarks: the demo's structure (every kind and status, weekly
// slots across zones, fees in advance with some overage, installments, hourly work in
// arrears, mostly paid invoices) at exactly the requested counts. Counts are exact so
// benchmark figures compare across runs; each agreement's dates are chosen backwards from
// how many sessions and invoices it must carry, so every record is consistent with it.
import type { WorkspaceFile } from '../api/workspace-file.ts';
import { type CalendarDate, isCalendarDate } from '../domain/dates.ts';
import { timestampText } from '../domain/instants.ts';
import type { WorkspaceAgreement, WorkspaceClient } from '../domain/model.ts';
import { CLIENT_ZONES, COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES } from './content.ts';
import { DEMO_SETTINGS } from './generate.ts';
import { largeActivity, type Plan } from './large-activity.ts';
import type { AgreementShape } from './large-agreements.ts';
import { createRandom, type Random } from './random.ts';
import { asciiFold, atUtc, fixedId, idWidth } from './util.ts';

export interface LargeOptions {
  seed?: number;
  clients?: number;
  agreements?: number;
  sessions?: number;
  invoices?: number;
  /** Defaults to the number of invoices (a few invoices paid in parts make up for the unpaid and void ones). */
  payments?: number;
  /** Defaults to a fixed date, so the same options give the same file on any day. */
  today?: CalendarDate;
}

export const LARGE_DEFAULTS = {
  clients: 2000,
  agreements: 4000,
  sessions: 200_000,
  invoices: 50_000,
  today: '2026-03-01',
  seed: 7,
} as const;

export function generateLargeWorkspace(options: LargeOptions = {}): WorkspaceFile {
  const counts = {
    clients: options.clients ?? LARGE_DEFAULTS.clients,
    agreements: options.agreements ?? LARGE_DEFAULTS.agreements,
    sessions: options.sessions ?? LARGE_DEFAULTS.sessions,
    invoices: options.invoices ?? LARGE_DEFAULTS.invoices,
  };
  const payments = options.payments ?? counts.invoices;
  const today = options.today ?? LARGE_DEFAULTS.today;
  if (!isCalendarDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, not "${today}"`);
  for (const [name, n] of Object.entries({ ...counts, payments })) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0, not ${n}`);
  }
  if (counts.agreements > 0 && counts.clients === 0) throw new RangeError('agreements need at least one client');
  if ((counts.sessions > 0 || counts.invoices > 0) && counts.agreements === 0)
    throw new RangeError('sessions and invoices need at least one agreement');

  const rng = createRandom(options.seed ?? LARGE_DEFAULTS.seed);
  const settings = { ...DEMO_SETTINGS, businessName: 'Harbour Lane Coaching (benchmark)' };
  const now = atUtc(today, 9);
  const agreements = shapeAgreements(rng.fork('agreements'), counts.agreements, counts.clients);
  const plan: Plan = { today, now, settings, agreements, sessions: counts.sessions, invoices: counts.invoices, payments };
  const activity = largeActivity(rng.fork('activity'), plan);

  return {
    format: 'cadence-workspace',
    version: 1,
    exportedAt: timestampText(now),
    settings,
    clients: makeClients(rng.fork('clients'), counts.clients, activity.agreements),
    agreements: activity.agreements,
    sessions: activity.sessions,
    workLogs: activity.workLogs,
    invoices: activity.invoices,
    payments: activity.payments,
  };
}

function shapeAgreements(rng: Random, count: number, clients: number): AgreementShape[] {
  const aWidth = idWidth(count, 4);
  const cWidth = idWidth(clients, 3);
  return Array.from({ length: count }, (_, j) => {
    // The first agreement is an active Pay-for-Work retainer, so sessions and invoices always have a home.
    const kind =
      j === 0
        ? 'work'
        : rng.weighted([
            ['work', 40],
            ['access', 25],
            ['project', 25],
            ['value', 10],
          ] as const);
    const drawn =
      j === 0
        ? 'active'
        : rng.weighted([
            ['active', 70],
            ['ended', 10],
            ['cancelled', 8],
            ['sent', 7],
            ['draft', 5],
          ] as const);
    // A value engagement runs to its outcome; one that stopped early is shown as ended.
    const status = kind === 'value' && drawn === 'cancelled' ? 'ended' : drawn;
    // Every client has an agreement when there are enough; the rest go to clients at random.
    const client = j < clients ? j : rng.int(0, clients - 1);
    return {
      id: fixedId('a', j + 1, aWidth),
      clientId: fixedId('c', client + 1, cWidth),
      kind,
      status,
      periodMonths: (kind === 'work' || kind === 'access') && rng.chance(0.15) ? 3 : 1,
      intervalWeeks: rng.chance(0.15) ? 2 : 1,
    };
  });
}

function makeClients(rng: Random, count: number, agreements: Pick<WorkspaceAgreement, 'clientId' | 'status'>[]): WorkspaceClient[] {
  const statuses = new Map<string, Set<WorkspaceAgreement['status']>>();
  for (const a of agreements) statuses.set(a.clientId, (statuses.get(a.clientId) ?? new Set()).add(a.status));
  const width = idWidth(count, 3);
  return Array.from({ length: count }, (_, i) => {
    const id = fixedId('c', i + 1, width);
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    // Stepping the surname by the round keeps names distinct for 2,000 clients (50 × 40 pairs).
    const last = LAST_NAMES[(i + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length]!;
    const company = rng.chance(0.75) ? `${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_SUFFIXES)}` : null;
    const own = statuses.get(id);
    const status: WorkspaceClient['status'] = own?.has('active')
      ? 'active'
      : own && [...own].every((s) => s === 'draft' || s === 'sent')
        ? 'prospect'
        : rng.chance(0.6)
          ? 'archived'
          : 'active';
    const slug = asciiFold(`${first}.${last}`).replace(/[^a-z.]+/g, '');
    return {
      id,
      name: `${first} ${last}`,
      email: rng.chance(0.9) ? `${slug}.${i + 1}@${asciiFold(company ?? 'mail').replace(/[^a-z]+/g, '-')}.example` : null,
      phone: rng.chance(0.4) ? `+49 30 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}` : null,
      company,
      timeZone: rng.pick(CLIENT_ZONES),
      status,
      notes: rng.chance(0.2) ? 'Referred by an existing client.' : '',
    };
  });
}
