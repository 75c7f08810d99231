// Terms carried in the address of /agreements/new. Numbers are minor units and minutes,
// as the core takes them; the core checks them like any other input.
import { formatMinutes, formatMoney } from '../../lib/format.ts';
import type { TermsPatch } from './types.ts';

const NUMBER_KEYS = [
  'feeMinor',
  'includedMinutes',
  'rolloverCapMinutes',
  'overageRateMinorPerHour',
  'overageIncrementMinutes',
  'fairUseMinutes',
  'hourlyRateMinor',
  'agreedValueMinor',
  'termMonths',
  'noticeDays',
  'periodMonths',
] as const;
const TEXT_KEYS = ['title', 'currency', 'startDate'] as const;

export interface Prefill {
  patch: TermsPatch;
  count: number;
}

export function prefillFrom(params: URLSearchParams): Prefill {
  const patch: Record<string, unknown> = {};
  for (const key of NUMBER_KEYS) {
    const raw = params.get(key);
    // Anything that is not a plain number goes through as text, so the core names it.
    if (raw !== null && raw !== '') patch[key] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  for (const key of TEXT_KEYS) {
    const raw = params.get(key);
    if (raw) patch[key] = raw;
  }
  if (params.get('autoRenew') === 'true' || params.get('autoRenew') === 'false') patch.autoRenew = params.get('autoRenew') === 'true';
  return { patch: patch as TermsPatch, count: Object.keys(patch).length };
}

export function PrefillSummary({ prefill, defaultCurrency }: { prefill: Prefill; defaultCurrency: string }) {
  if (prefill.count === 0) return null;
  const p = prefill.patch;
  const currency = typeof p.currency === 'string' ? p.currency : defaultCurrency;
  const money = (minor: unknown) => (typeof minor === 'number' ? formatMoney(minor, currency) : String(minor));
  const items: string[] = [];
  if (p.title) items.push(`Title “${p.title}”`);
  if (p.feeMinor !== undefined) items.push(`Fee ${money(p.feeMinor)}`);
  if (typeof p.includedMinutes === 'number') items.push(`${formatMinutes(p.includedMinutes)} included`);
  if (p.hourlyRateMinor !== undefined) items.push(`Hourly rate ${money(p.hourlyRateMinor)}`);
  if (p.agreedValueMinor !== undefined) items.push(`Agreed value ${money(p.agreedValueMinor)}`);
  if (p.termMonths !== undefined) items.push(`${String(p.termMonths)}-month term`);
  if (p.startDate) items.push(`from ${p.startDate}`);
  const others = prefill.count - items.length - (p.currency ? 1 : 0);
  return (
    <div className="prefill" role="note">
      <p className="prefill__title">Filled in from the link</p>
      <p className="muted">
        {items.join(' · ')}
        {others > 0 ? ` · ${others} more` : ''}. Adjust everything in the editor.
      </p>
    </div>
  );
}
