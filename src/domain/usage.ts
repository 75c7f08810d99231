// The usage ledger of a `work` or `access` agreement (domain.md, "Billing periods and usage").
import { addDays, dateInZone, dayNumber, dayNumberInZone, daysBetween, type CalendarDate } from './dates.ts';
import { roundHalfAwayFromZero } from './money.ts';
import { isPaused, period, type Period } from './periods.ts';
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
  const add = (day: number, minutes: number) => minutes > 0 && byDay.set(day, (byDay.get(day) ?? 0) + minutes);
  for (const session of sessions) add(dayNumberInZone(Date.parse(session.start), rules.timeZone), deliveredMinutesOf(session, rules.lateCancelHours));
  for (const log of workLogs) add(dayNumber(log.date), log.minutes);
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
  const periods = ledgerPeriods(agreement, asOf);
  if (periods.length === 0) return [];
  const { days, minutes } = delivered;

  const out: UsagePeriod[] = [];
  let rolloverIn = 0;
  let cursor = 0;
  for (const p of periods) {
    const first = dayNumber(p.start);
    const last = dayNumber(p.end);
    while (cursor < days.length && days[cursor]! < first) cursor += 1;
    let delivered = 0;
    while (cursor < days.length && days[cursor]! <= last) delivered += minutes[cursor++]!;
    const paused = isPaused(p.start, agreement.pauses);
    if (agreement.kind === 'access') {
      out.push({ start: p.start, end: p.end, includedMinutes: paused ? 0 : agreement.fairUseMinutes ?? 0, rolloverInMinutes: 0, deliveredMinutes: delivered, overageMinutes: 0, overageMinor: 0, rolloverOutMinutes: 0 });
      continue;
    }
    const included = paused ? 0 : agreement.includedMinutes ?? 0;
    const allowance = included + rolloverIn;
    // Delivered minutes use the rollover first.
    const unusedIncluded = Math.max(0, included - Math.max(0, delivered - rolloverIn));
    const rolloverOut = Math.min(agreement.rolloverCapMinutes ?? 0, unusedIncluded);
    const overageMinutes = roundUpTo(Math.max(0, delivered - allowance), agreement.overageIncrementMinutes ?? 15);
    const overageMinor = roundHalfAwayFromZero((overageMinutes * (agreement.overageRateMinorPerHour ?? 0)) / 60);
    out.push({ start: p.start, end: p.end, includedMinutes: included, rolloverInMinutes: rolloverIn, deliveredMinutes: delivered, overageMinutes, overageMinor, rolloverOutMinutes: rolloverOut });
    rolloverIn = rolloverOut;
  }
  return out;
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
  const daysToRunOut = Math.ceil((allowance / row.deliveredMinutes) * elapsed);
  const date = addDays(row.start, daysToRunOut - 1);
  return { ...base, runsOutOn: date <= row.end ? date : null };
}
