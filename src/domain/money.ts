// Money is integer minor units. Rounding is half away from zero, once per figure, at the end.

export function roundHalfAwayFromZero(value: number): number {
  // Nudge by a relative epsilon so 2.5 computed as 2.4999999999999996 still rounds up.
  const magnitude = Math.abs(value);
  const rounded = Math.floor(magnitude + 0.5 + magnitude * Number.EPSILON);
  return value < 0 ? -rounded : rounded;
}

/** Sums amounts per currency, keeping the currencies in code order. */
export function sumByCurrency(amounts: { currency: string; amountMinor: number }[]): { currency: string; amountMinor: number }[] {
  const totals = new Map<string, number>();
  for (const { currency, amountMinor } of amounts) totals.set(currency, (totals.get(currency) ?? 0) + amountMinor);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => ({ currency, amountMinor }));
}
