// Revenue metrics (docs/domain.md, "Revenue metrics"): MRR and ARR, collected and invoiced per
// month, concentration, volatility, retainer candidates and over-servicing.
import { addMonths, type CalendarDate } from './dates.ts';
import { roundHalfAwayFromZero } from './money.ts';
import { isPaused, period, periodIndexOn } from './periods.ts';
import { isInForce, type TermsInput } from './terms.ts';
import type { UsagePeriod } from './usage.ts';

export interface MetricsAgreement extends TermsInput {
  id: string;
  clientId: string;
  kind: 'work' | 'access' | 'value' | 'project';
  currency: string;
  periodMonths: number;
  feeMinor: number;
  fairUseMinutes: number | null;
  pauses: { from: CalendarDate; to: CalendarDate }[];
}

/** A payment of a non-void invoice. */
export interface CollectedPayment {
  clientId: string;
  currency: string;
  date: CalendarDate;
  amountMinor: number;
}

/** A project line of an issued (or paid) invoice. */
export interface ProjectLine {
  clientId: string;
  currency: string;
  issueDate: CalendarDate;
  amountMinor: number;
  minutes: number | null;
}

/** The month of a date, and the complete calendar months before it. */
export function monthsBefore(asOf: CalendarDate, count: number): string[] {
  const first = `${asOf.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(first, i - count).slice(0, 7));
}

function periodPaused(a: MetricsAgreement, date: CalendarDate): boolean {
  const index = periodIndexOn(a.startDate, a.periodMonths, date);
  return index >= 0 && isPaused(period(a.startDate, a.periodMonths, index).start, a.pauses);
}

/** Retainers that count towards MRR on a date: in force, and the period containing it not paused. */
export function recurringOn(agreements: MetricsAgreement[], asOf: CalendarDate): MetricsAgreement[] {
  return agreements.filter((a) => (a.kind === 'work' || a.kind === 'access') && isInForce(a, asOf) && !periodPaused(a, asOf));
}

export function mrr(agreements: MetricsAgreement[], asOf: CalendarDate): Map<string, { mrrMinor: number; arrMinor: number }> {
  const exact = new Map<string, number>();
  for (const a of recurringOn(agreements, asOf)) exact.set(a.currency, (exact.get(a.currency) ?? 0) + a.feeMinor / a.periodMonths);
  return new Map(
    [...exact].map(([currency, sum]) => [currency, { mrrMinor: roundHalfAwayFromZero(sum), arrMinor: roundHalfAwayFromZero(12 * sum) }]),
  );
}

/** Sums per month (YYYY-MM) of dated amounts, for the given months (missing months are 0). */
export function perMonth(rows: { date: CalendarDate; amountMinor: number }[], months: string[]): number[] {
  const index = new Map(months.map((m, i) => [m, i]));
  const totals = months.map(() => 0);
  for (const row of rows) {
    const i = index.get(row.date.slice(0, 7));
    if (i !== undefined) totals[i]! += row.amountMinor;
  }
  return totals;
}

export interface Concentration {
  topClientId: string | null;
  topClientShare: number | null;
  hhi: number | null;
}

export function concentration(payments: CollectedPayment[]): Concentration {
  const byClient = new Map<string, number>();
  for (const p of payments) byClient.set(p.clientId, (byClient.get(p.clientId) ?? 0) + p.amountMinor);
  const total = [...byClient.values()].reduce((sum, v) => sum + v, 0);
  if (total <= 0) return { topClientId: null, topClientShare: null, hhi: null };
  // Ties go to the lowest id.
  const [topClientId, topAmount] = [...byClient].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]!;
  const hhi = [...byClient.values()].reduce((sum, v) => sum + (v / total) ** 2, 0);
  return { topClientId, topClientShare: topAmount / total, hhi };
}

/** Population standard deviation over mean; null when the mean is 0. */
export function volatility(monthly: number[]): number | null {
  const mean = monthly.reduce((a, b) => a + b, 0) / monthly.length;
  if (mean === 0) return null;
  const variance = monthly.reduce((sum, v) => sum + (v - mean) ** 2, 0) / monthly.length;
  return Math.sqrt(variance) / mean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : roundHalfAwayFromZero((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export interface RetainerCandidate {
  clientId: string;
  currency: string;
  suggestedFeeMinor: number;
  suggestedIncludedMinutes: number;
}

export function retainerCandidates(agreements: MetricsAgreement[], lines: ProjectLine[], asOf: CalendarDate): RetainerCandidate[] {
  const months = new Set(monthsBefore(asOf, 6));
  const retained = new Set(
    agreements.filter((a) => (a.kind === 'work' || a.kind === 'access') && isInForce(a, asOf)).map((a) => a.clientId),
  );
  const byClient = new Map<string, Map<string, { amount: number; minutes: number }>>(); // client|currency → month → sums
  for (const line of lines) {
    const month = line.issueDate.slice(0, 7);
    if (!months.has(month) || retained.has(line.clientId)) continue;
    const key = `${line.clientId}\u0000${line.currency}`;
    const perMonthSums = byClient.get(key) ?? new Map<string, { amount: number; minutes: number }>();
    const sums = perMonthSums.get(month) ?? { amount: 0, minutes: 0 };
    sums.amount += line.amountMinor;
    sums.minutes += line.minutes ?? 0;
    perMonthSums.set(month, sums);
    byClient.set(key, perMonthSums);
  }
  const out: RetainerCandidate[] = [];
  for (const [key, perMonthSums] of byClient) {
    if (perMonthSums.size < 3) continue;
    const [clientId, currency] = key.split('\u0000') as [string, string];
    const sums = [...perMonthSums.values()];
    out.push({
      clientId,
      currency,
      suggestedFeeMinor: median(sums.map((s) => s.amount)),
      suggestedIncludedMinutes: median(sums.map((s) => s.minutes)),
    });
  }
  return out.sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : a.currency.localeCompare(b.currency)));
}

/**
 * At least 2 of the last 3 periods of the agreement's ledger that ended before asOf went over
 * (the caller takes the agreements in force). Work goes over with overage. Access goes over
 * above its fair use as the ledger row reports it (0 in a paused period, so any minute there
 * is above it, as work in a paused period is all overage); without a fair use (null or 0),
 * never.
 */
export function isOverServiced(agreement: MetricsAgreement, ledger: UsagePeriod[], asOf: CalendarDate): boolean {
  const ended = ledger.filter((p) => p.end < asOf).slice(-3);
  const hasFairUse = (agreement.fairUseMinutes ?? 0) > 0;
  const over = ended.filter((p) =>
    agreement.kind === 'work' ? p.overageMinutes > 0 : hasFairUse && p.deliveredMinutes > p.includedMinutes,
  );
  return over.length >= 2;
}
