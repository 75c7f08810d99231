// Money is integer minor units. Rounding is half away from zero, once per figure, at the end.

export function roundHalfAwayFromZero(value: number): number {
  // Nudge by a relative epsilon so 2.5 computed as 2.4999999999999996 still rounds up.
  const magnitude = Math.abs(value);
  const rounded = Math.floor(magnitude + 0.5 + magnitude * Number.EPSILON);
  // A negative value that rounds to nothing is 0, not −0 (which prints as “−€0.00”).
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** An amount of money in one currency. */
export interface MoneyAmount {
  currency: string;
  amountMinor: number;
}

/** Sums amounts per currency (never across currencies), the currencies in code order. */
export function sumByCurrency(amounts: readonly MoneyAmount[]): MoneyAmount[] {
  const totals = new Map<string, number>();
  for (const { currency, amountMinor } of amounts) totals.set(currency, (totals.get(currency) ?? 0) + amountMinor);
  return [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amountMinor]) => ({ currency, amountMinor }));
}
