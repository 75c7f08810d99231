// Option lists for the selects that name a time zone, a currency or a client status.
import type { SelectOption } from '../components/Select.tsx';

let zoneOptions: SelectOption[] | null = null;

function offsetLabel(zone: string, now: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

/** Every IANA zone the runtime knows (plus UTC), labelled "Europe/Berlin (GMT+1)". Built once. */
export function timeZoneOptions(current?: string): SelectOption[] {
  if (!zoneOptions) {
    const now = new Date();
    const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
    zoneOptions = zones.map((zone) => {
      const offset = zone === 'UTC' ? '' : offsetLabel(zone, now);
      return { value: zone, label: `${zone.replaceAll('_', ' ')}${offset ? ` (${offset})` : ''}` };
    });
  }
  // A stored zone the runtime does not list (an alias) is still shown as chosen.
  if (current && !zoneOptions.some((option) => option.value === current)) return [{ value: current, label: current }, ...zoneOptions];
  return zoneOptions;
}

export function currencyOptions(current?: string): SelectOption[] {
  const names = new Intl.DisplayNames(undefined, { type: 'currency' });
  const codes = Intl.supportedValuesOf('currency');
  if (current && !codes.includes(current)) codes.unshift(current);
  return codes.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

/** The zone this computer is set to, for sensible defaults. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const CLIENT_STATUS_OPTIONS: SelectOption[] = [
  { value: 'active', label: 'Active' },
  { value: 'prospect', label: 'Prospect' },
];
