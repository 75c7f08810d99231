// The usage ledger of a `work` or `access` agreement (docs/domain.md, "Billing periods and usage").
import { addDays, type CalendarDate, dayNumber, dayNumberInZone, daysBetween } from './dates.ts';
import { roundHalfAwayFromZero } from './money.ts';
import { isPaused, type Period, period } from './periods.ts';
import { agreementEnd, type TermsInput } from './terms.ts';

export interface UsageAgreement extends TermsInput {
  kind: 'work' | 'access' | 'value' | 'project';
  periodMonths: number;
  includedMinutes: number | null;
  rolloverCapMinutes: number | null;
  overageRateMinorPerHour: number | null;
  overageIncrementMinutes: number | null;
  fairUseMinutes: number | null;
  pauses: { from: CalendarDate; to: CalendarDate }[];
}

export interface UsageSession {
  start: string;
  plannedMinutes: number;
  actualMinutes: number | null;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no_show';
  cancelledAt: string | null;
  cancelledBy: 'client' | 'coach' | null;
}

export interface UsageWorkLog {
  date: CalendarDate;
  minutes: number;
}

export interface UsagePeriod {
  start: CalendarDate;
  end: CalendarDate;
  includedMinutes: number;
  rolloverInMinutes: number;
  deliveredMinutes: number;
  overageMinutes: number;
  overageMinor: number;
  rolloverOutMinutes: number;
}

export interface UsageRules {
  timeZone: string;
  lateCancelHours: number;
}

/** A client cancellation less than lateCancelHours before the start. */
export function isLateCancel(session: UsageSession, lateCancelHours: number): boolean {
  if (session.status !== 'cancelled' || session.cancelledBy !== 'client' || session.cancelledAt === null) return false;
  return Date.parse(session.start) - Date.parse(session.cancelledAt) < lateCancelHours * 3_600_000;
}

/** The minutes a session counts as delivered: actual (or planned) when completed; planned for no-shows and late cancels. */
export function deliveredMinutesOf(session: UsageSession, lateCancelHours: number): number {
  if (session.status === 'completed') return session.actualMinutes ?? session.plannedMinutes;
  if (session.status === 'no_show' || isLateCancel(session, lateCancelHours)) return session.plannedMinutes;
  return 0;
}

/** Periods from the first through the one containing asOf, none starting on or after the end. */
export function ledgerPeriods(agreement: UsageAgreement, asOf: CalendarDate): Period[] {
  const end = agreementEnd(agreement);
  const periods: Period[] = [];
  for (let k = 0; ; k += 1) {
    const p = period(agreement.startDate, agreement.periodMonths, k);
    if (p.start > asOf || (end !== null && p.start >= end)) break;
    periods.push(p);
  }
  return periods;
}

function roundUpTo(minutes: number, increment: number): number {
  return Math.ceil(minutes / increment) * increment;
}

function addMinutes(byDay: Map<number, number>, day: number, minutes: number): void {
  if (minutes > 0) byDay.set(day, (byDay.get(day) ?? 0) + minutes);
}

/** Delivered minutes per calendar day (as day numbers, ascending), the ledger's raw input. */
export interface DeliveredDays {
  days: number[];
  minutes: number[];
}

/**
 * Delivered minutes by the calendar date they fall on (sessions: their start's date in the
 * workspace zone), as day numbers: a busy practice has hundreds of thousands of sessions,
 * and the same days serve every ledger of the agreement until its sessions change.
 */
export function deliveredDays(sessions: UsageSession[], workLogs: UsageWorkLog[], rules: UsageRules): DeliveredDays {
  const byDay = new Map<number, number>();
  for (const session of sessions)
    addMinutes(byDay, dayNumberInZone(Date.parse(session.start), rules.timeZone), deliveredMinutesOf(session, rules.lateCancelHours));
  for (const log of workLogs) addMinutes(byDay, dayNumber(log.date), log.minutes);
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return { days, minutes: days.map((day) => byDay.get(day)!) };
}

export function usageLedger(
  agreement: UsageAgreement,
  sessions: UsageSession[],
  workLogs: UsageWorkLog[],
  rules: UsageRules,
  asOf: CalendarDate,
): UsagePeriod[] {
  return usageLedgerOfDays(agreement, deliveredDays(sessions, workLogs, rules), asOf);
}

/** The ledger from delivered days already counted (see deliveredDays). */
export function usageLedgerOfDays(agreement: UsageAgreement, delivered: DeliveredDays, asOf: CalendarDate): UsagePeriod[] {
  return ledgerRows(agreement, ledgerPeriods(agreement, asOf), delivered, 0);
}

/** Ledger rows of consecutive periods, the first one receiving `rolloverIn`. */
function ledgerRows(agreement: UsageAgreement, periods: Period[], delivered: DeliveredDays, rolloverIn: number): UsagePeriod[] {
  const out: UsagePeriod[] = [];
  for (const p of deliveredPerPeriod(periods, delivered)) {
    const row = ledgerRow(agreement, p.period, p.minutes, rolloverIn);
    out.push(row);
    rolloverIn = row.rolloverOutMinutes;
  }
  return out;
}

/** Each period with the minutes delivered on its days (days ascending, periods consecutive). */
function deliveredPerPeriod(periods: Period[], delivered: DeliveredDays): { period: Period; minutes: number }[] {
  const { days, minutes } = delivered;
  let cursor = 0;
  return periods.map((p) => {
    const first = dayNumber(p.start);
    const last = dayNumber(p.end);
    while (cursor < days.length && days[cursor]! < first) cursor += 1;
    let sum = 0;
    while (cursor < days.length && days[cursor]! <= last) sum += minutes[cursor++]!;
    return { period: p, minutes: sum };
  });
}

function ledgerRow(agreement: UsageAgreement, p: Period, delivered: number, rolloverIn: number): UsagePeriod {
  const paused = isPaused(p.start, agreement.pauses);
  if (agreement.kind === 'access') {
    return {
      start: p.start,
      end: p.end,
      includedMinutes: paused ? 0 : (agreement.fairUseMinutes ?? 0),
      rolloverInMinutes: 0,
      deliveredMinutes: delivered,
      overageMinutes: 0,
      overageMinor: 0,
      rolloverOutMinutes: 0,
    };
  }
  const included = paused ? 0 : (agreement.includedMinutes ?? 0);
  const allowance = included + rolloverIn;
  // Delivered minutes use the rollover first.
  const unusedIncluded = Math.max(0, included - Math.max(0, delivered - rolloverIn));
  const rolloverOut = Math.min(agreement.rolloverCapMinutes ?? 0, unusedIncluded);
  const overageMinutes = roundUpTo(Math.max(0, delivered - allowance), agreement.overageIncrementMinutes ?? 15);
  const overageMinor = roundHalfAwayFromZero((overageMinutes * (agreement.overageRateMinorPerHour ?? 0)) / 60);
  return {
    start: p.start,
    end: p.end,
    includedMinutes: included,
    rolloverInMinutes: rolloverIn,
    deliveredMinutes: delivered,
    overageMinutes,
    overageMinor,
    rolloverOutMinutes: rolloverOut,
  };
}

/**
 * The first day whose delivered minutes recentUsageLedger needs: the start of the period
 * `warmup` periods before the last `count` (or of the first period). Null without periods.
 */
export function recentLedgerFrom(agreement: UsageAgreement, asOf: CalendarDate, count: number, warmup: number): CalendarDate | null {
  const periods = ledgerPeriods(agreement, asOf);
  if (periods.length === 0) return null;
  return periods[Math.max(0, periods.length - count - warmupFor(agreement, warmup))]!.start;
}

/** The largest rollover a period can carry out: without any, no warm-up is needed. */
function rolloverCap(agreement: UsageAgreement): number {
  return agreement.kind === 'work' ? Math.max(0, agreement.rolloverCapMinutes ?? 0) : 0;
}

function warmupFor(agreement: UsageAgreement, warmup: number): number {
  return rolloverCap(agreement) > 0 ? warmup : 0;
}

/**
 * The last `count` rows of the ledger, from the delivered days of recent periods only (on or
 * after recentLedgerFrom with the same count and warmup): a busy practice's whole history is
 * hundreds of thousands of sessions. The rollover carried into the first recent period is
 * known exactly when no rollover is possible, or when the warm-up periods settle it whatever
 * came into them (the rollover out rises with the rollover in, so bounds carried through the
 * warm-up meet). Otherwise null: the caller counts the whole history.
 */
export function recentUsageLedger(
  agreement: UsageAgreement,
  delivered: DeliveredDays,
  asOf: CalendarDate,
  count: number,
  warmup: number,
): UsagePeriod[] | null {
  const periods = ledgerPeriods(agreement, asOf);
  const from = Math.max(0, periods.length - count - warmupFor(agreement, warmup));
  const recent = Math.max(0, periods.length - count);
  const cap = rolloverCap(agreement);
  let low = 0;
  let high = from === 0 ? 0 : cap;
  const perPeriod = deliveredPerPeriod(periods.slice(from), delivered);
  for (const { period: p, minutes } of perPeriod.slice(0, recent - from)) {
    low = ledgerRow(agreement, p, minutes, low).rolloverOutMinutes;
    high = ledgerRow(agreement, p, minutes, high).rolloverOutMinutes;
  }
  if (low !== high) return null;
  let rolloverIn = low;
  return perPeriod.slice(recent - from).map(({ period: p, minutes }) => {
    const row = ledgerRow(agreement, p, minutes, rolloverIn);
    rolloverIn = row.rolloverOutMinutes;
    return row;
  });
}

export interface UsageWarning {
  level: 80 | 100;
  usedShare: number;
}

/** Warnings at 80 % and 100 % of the allowance (of fair use for access). */
export function usageWarning(agreement: UsageAgreement, row: UsagePeriod): UsageWarning | null {
  const allowance = agreement.kind === 'access' ? row.includedMinutes : row.includedMinutes + row.rolloverInMinutes;
  if (allowance <= 0) return null;
  const usedShare = row.deliveredMinutes / allowance;
  if (usedShare >= 1) return { level: 100, usedShare };
  if (usedShare >= 0.8) return { level: 80, usedShare };
  return null;
}

export interface BurnRate {
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  allowanceMinutes: number;
  deliveredMinutes: number;
  /** At the pace so far, the day the allowance runs out inside the period; null if it lasts. */
  runsOutOn: CalendarDate | null;
}

/** The current period's pace: delivered minutes per elapsed day, projected over the period. */
export function burnRate(agreement: UsageAgreement, row: UsagePeriod, asOf: CalendarDate): BurnRate {
  const allowance = agreement.kind === 'access' ? row.includedMinutes : row.includedMinutes + row.rolloverInMinutes;
  const base = { periodStart: row.start, periodEnd: row.end, allowanceMinutes: allowance, deliveredMinutes: row.deliveredMinutes };
  const elapsed = daysBetween(row.start, asOf) + 1;
  if (allowance <= 0 || row.deliveredMinutes <= 0 || elapsed <= 0) return { ...base, runsOutOn: null };
  if (row.deliveredMinutes >= allowance) return { ...base, runsOutOn: asOf };
  // Whole minutes × days first, one division last: (120 / 116) × 29 is 30.000000000000004 in
  // floating point, which would push a pace that ends exactly on day 30 to day 31.
  const daysToRunOut = Math.ceil((allowance * elapsed) / row.deliveredMinutes);
  const date = addDays(row.start, daysToRunOut - 1);
  return { ...base, runsOutOn: date <= row.end ? date : null };
}
