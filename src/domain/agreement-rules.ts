// The rules an agreement must keep within itself, beyond the shape of each field. The editor
// (through agreements.* handlers) and the workspace import both check them here.
import type { WorkspaceAgreement } from './model.ts';

/** Messages by field path, for example `{ 'pauses[0].from': 'must not be before the start date' }`. */
export type PathErrors = Record<string, string>;

/** Why a term does not fit its billing period (a quarterly retainer runs whole quarters), or null when it does. */
export function termPeriodProblem(termMonths: number | null, periodMonths: number): string | null {
  return termMonths !== null && termMonths % periodMonths !== 0
    ? `must be a multiple of the billing period (${periodMonths} months)`
    : null;
}

/**
 * A retainer the revenue what-if adds: a fee above 0, and a term of whole months from 1 to
 * 120 (or none, open-ended) that fits its billing period. `revenue.whatIf` refuses by these,
 * and the what-if form checks the same before it asks.
 */
export function hypotheticalRetainerProblems(r: { feeMinor: number; termMonths: number | null; periodMonths: number }): {
  feeMinor?: string;
  termMonths?: string;
} {
  const problems: { feeMinor?: string; termMonths?: string } = {};
  if (!(r.feeMinor > 0)) problems.feeMinor = 'must be more than 0';
  if (r.termMonths !== null) {
    if (!Number.isInteger(r.termMonths)) problems.termMonths = 'must be a whole number of months';
    else if (r.termMonths < 1 || r.termMonths > 120) problems.termMonths = 'must be 1 to 120 months';
    else {
      const term = termPeriodProblem(r.termMonths, r.periodMonths);
      if (term) problems.termMonths = term;
    }
  }
  return problems;
}

/** The problems of one agreement, by field path; empty when it keeps every rule. */
export function agreementProblems(a: Omit<WorkspaceAgreement, 'id' | 'clientId'>): PathErrors {
  const errors: PathErrors = {};
  const term = termPeriodProblem(a.termMonths, a.periodMonths);
  if (term) errors.termMonths = term;
  if (a.kind === 'work' && a.includedMinutes === null) errors.includedMinutes = 'is required for a Pay-for-Work retainer';
  if (a.kind === 'project' && a.hourlyRateMinor === null) errors.hourlyRateMinor = 'is required for project work';
  if (a.kind === 'value') {
    const sum = a.installments.reduce((total, i) => total + i.amountMinor, 0);
    if (a.installments.length > 0 && sum !== a.feeMinor) {
      errors.installments = `must add up to the fee (${a.feeMinor}), not ${sum}`;
    }
  } else if (a.installments.length > 0) {
    errors.installments = 'only value-based agreements have installments';
  }
  for (const [index, pause] of a.pauses.entries()) {
    if (pause.from < a.startDate) errors[`pauses[${index}].from`] = 'must not be before the start date';
  }
  if (a.cancellation && a.cancellation.effectiveDate < a.startDate) {
    errors['cancellation.effectiveDate'] = 'must not be before the start date';
  }
  return errors;
}
