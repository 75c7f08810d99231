// The local revenue forecast (docs/domain.md, "Revenue metrics" → Forecast): per currency and
// calendar month, committed fees, weighted renewals and the weighted pipeline.
import { addMonths, type CalendarDate } from './dates.ts';
import { roundHalfAwayFromZero } from './money.ts';
import { isPaused, period, periodIndexOn } from './periods.ts';
import { earliestEnd, type TermsInput, termNumberOn } from './terms.ts';

export interface ForecastAgreement extends TermsInput {
  id: string;
  kind: 'work' | 'access' | 'value' | 'project';
  currency: string;
  periodMonths: number;
  feeMinor: number;
  installments: { dueDate: CalendarDate; amountMinor: number }[];
  pauses: { from: CalendarDate; to: CalendarDate }[];
  renewalProbability: number | null;
}

export interface ForecastAssumptions {
  annualRetention: number;
  winProbability: number;
}

export interface ForecastMonth {
  month: string;
  committedMinor: number;
  renewalMinor: number;
  pipelineMinor: number;
  expectedMinor: number;
}

interface Amounts {
  committed: number;
  renewal: number;
}

type Accumulator = Map<string, Amounts>; // month → exact (unrounded) amounts

function addTo(acc: Accumulator, month: string, part: keyof Amounts, amount: number): void {
  const row = acc.get(month);
  if (row) row[part] += amount;
}

/**
 * Exact committed and renewal amounts of one agreement, as if it were active, into the
 * months of `acc`. `windowEnd` is the first day after the last month.
 */
function project(
  agreement: ForecastAgreement,
  asOf: CalendarDate,
  windowStart: CalendarDate,
  windowEnd: CalendarDate,
  assumptions: ForecastAssumptions,
  acc: Accumulator,
): void {
  if (agreement.kind === 'value') {
    for (const installment of agreement.installments) addTo(acc, installment.dueDate.slice(0, 7), 'committed', installment.amountMinor);
    return;
  }
  if (agreement.kind !== 'work' && agreement.kind !== 'access') return;
  const terms = { ...agreement, status: 'active' as const };
  const end = earliestEnd(terms, asOf);
  const renews = agreement.cancellation === null && (agreement.autoRenew || agreement.termMonths === null);
  const openEnded = agreement.termMonths === null;
  const p =
    agreement.renewalProbability ?? assumptions.annualRetention ** ((openEnded ? agreement.periodMonths : agreement.termMonths!) / 12);
  const lastTermBeforeEnd = openEnded ? 0 : (termNumberOn(terms, end) ?? 1) - 1;
  // Open-ended: every period past the earliest end is one more renewal, paused or not.
  const firstRenewal = firstPeriodFrom(agreement, end);
  // Start at the period containing the window's first day: earlier ones cannot count.
  for (let k = Math.max(0, periodIndexOn(agreement.startDate, agreement.periodMonths, windowStart)); ; k += 1) {
    const { start } = period(agreement.startDate, agreement.periodMonths, k);
    if (start >= windowEnd) break;
    const beforeEnd = start < end;
    if (!beforeEnd && !renews) break;
    const renewalsPast = k - firstRenewal + 1;
    if (start < windowStart || isPaused(start, agreement.pauses)) continue;
    const month = start.slice(0, 7);
    if (beforeEnd) {
      addTo(acc, month, 'committed', agreement.feeMinor);
    } else {
      // Fixed terms: k = 1 for the first term starting at the earliest end, 2 for the next…
      const renewal = openEnded ? renewalsPast : termNumberOn(terms, start)! - lastTermBeforeEnd;
      addTo(acc, month, 'renewal', agreement.feeMinor * p ** renewal);
    }
  }
}

/** Whether the forecast counts an agreement: an active one (committed, renewals) or a sent one (pipeline). */
export function countsInForecast(agreement: { status: string }): boolean {
  return agreement.status === 'active' || agreement.status === 'sent';
}

/** The index of the first period starting on or after `date`. */
function firstPeriodFrom(agreement: ForecastAgreement, date: CalendarDate): number {
  const index = Math.max(0, periodIndexOn(agreement.startDate, agreement.periodMonths, date));
  return period(agreement.startDate, agreement.periodMonths, index).start >= date ? index : index + 1;
}

function monthsFrom(asOf: CalendarDate, months: number): string[] {
  const first = `${asOf.slice(0, 7)}-01`;
  return Array.from({ length: months }, (_, i) => addMonths(first, i).slice(0, 7));
}

export function forecast(
  agreements: ForecastAgreement[],
  asOf: CalendarDate,
  months: number,
  assumptions: ForecastAssumptions,
): Record<string, ForecastMonth[]> {
  const labels = monthsFrom(asOf, months);
  const windowStart = `${labels[0]}-01`;
  const windowEnd = addMonths(windowStart, months);
  const currencies = [...new Set(agreements.filter(countsInForecast).map((a) => a.currency))].sort();
  const out: Record<string, ForecastMonth[]> = {};
  for (const currency of currencies) {
    const own: Accumulator = new Map(labels.map((m) => [m, { committed: 0, renewal: 0 }]));
    const pipeline: Accumulator = new Map(labels.map((m) => [m, { committed: 0, renewal: 0 }]));
    for (const agreement of agreements) {
      if (agreement.currency !== currency) continue;
      if (agreement.status === 'active') project(agreement, asOf, windowStart, windowEnd, assumptions, own);
      else if (agreement.status === 'sent') project(agreement, asOf, windowStart, windowEnd, assumptions, pipeline);
    }
    out[currency] = labels.map((month) => {
      const a = own.get(month)!;
      const s = pipeline.get(month)!;
      const committedMinor = roundHalfAwayFromZero(a.committed);
      const renewalMinor = roundHalfAwayFromZero(a.renewal);
      const pipelineMinor = roundHalfAwayFromZero((s.committed + s.renewal) * assumptions.winProbability);
      return { month, committedMinor, renewalMinor, pipelineMinor, expectedMinor: committedMinor + renewalMinor + pipelineMinor };
    });
  }
  return out;
}
