// "Which billing structure": a client's last months as billed, and as they would have been
// under a Pay-for-Work retainer, a Pay-for-Access retainer and the value options.

import { volatility } from './metrics.ts';
import { roundHalfAwayFromZero } from './money.ts';

export interface StructureOutcome {
  structure: string;
  /** Income per month, in the order of the months given. */
  monthlyMinor: number[];
  totalMinor: number;
  /** Total over delivered hours; null without delivered time. */
  effectiveHourlyMinor: number | null;
  /** Month-to-month spread: population standard deviation over the mean; null without income. */
  spread: number | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : roundHalfAwayFromZero((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function outcome(structure: string, monthlyMinor: number[], deliveredMinutes: number): StructureOutcome {
  const totalMinor = monthlyMinor.reduce((a, b) => a + b, 0);
  return {
    structure,
    monthlyMinor,
    totalMinor,
    effectiveHourlyMinor: deliveredMinutes > 0 ? roundHalfAwayFromZero((totalMinor * 60) / deliveredMinutes) : null,
    spread: volatility(monthlyMinor),
  };
}

export interface StructureInput {
  /** What was invoiced per month. */
  billedMinor: number[];
  /** Minutes delivered per month. */
  deliveredMinutes: number[];
  /** Fee options of the value conversation, if any. */
  valueFeesMinor: number[];
}

/**
 * Pay-for-Work: the median monthly invoice as the fee and the median monthly minutes as the
 * allowance (over the months that were billed, as for retainer candidates), a quarter of it rolling over one month, time beyond it billed at the effective
 * hourly rate as billed, in 15-minute steps. Pay-for-Access: the same fee every month.
 * Value options: half in the first month, half in the middle one.
 */
export function compareStructures(input: StructureInput): {
  suggestedFeeMinor: number;
  suggestedIncludedMinutes: number;
  outcomes: StructureOutcome[];
} {
  const delivered = input.deliveredMinutes.reduce((a, b) => a + b, 0);
  // Like the retainer candidates: medians over the months that were billed.
  const billedMonths = input.billedMinor.map((_, i) => i).filter((i) => input.billedMinor[i]! > 0);
  const fee = billedMonths.length ? median(billedMonths.map((i) => input.billedMinor[i]!)) : 0;
  const included = billedMonths.length ? median(billedMonths.map((i) => input.deliveredMinutes[i]!)) : 0;
  const billedTotal = input.billedMinor.reduce((a, b) => a + b, 0);
  const overageRatePerHour = delivered > 0 ? (billedTotal * 60) / delivered : 0;
  const cap = Math.floor(included / 4);
  let rolloverIn = 0;
  const work = input.deliveredMinutes.map((minutes) => {
    const unused = Math.max(0, included - Math.max(0, minutes - rolloverIn));
    const over = Math.ceil(Math.max(0, minutes - included - rolloverIn) / 15) * 15;
    rolloverIn = Math.min(cap, unused);
    return fee + roundHalfAwayFromZero((over * overageRatePerHour) / 60);
  });
  const months = input.billedMinor.length;
  const middle = Math.floor(months / 2);
  const outcomes = [
    outcome('As billed', input.billedMinor, delivered),
    outcome('Pay for Work', work, delivered),
    outcome(
      'Pay for Access',
      input.billedMinor.map(() => fee),
      delivered,
    ),
    ...input.valueFeesMinor.map((valueFee, index) => {
      // Over a single month the middle one is the first: both halves fall in it.
      const firstHalf = Math.ceil(valueFee / 2);
      return outcome(
        `Value option ${index + 1}`,
        input.billedMinor.map((_, m) => (m === 0 ? firstHalf : 0) + (m === middle ? valueFee - firstHalf : 0)),
        delivered,
      );
    }),
  ];
  return { suggestedFeeMinor: fee, suggestedIncludedMinutes: included, outcomes };
}
