// Option lists for the selects that name a time zone, a currency or a client status.
import type { SelectOption } from '../components/Select.tsx';

// Labelling a zone with its offset needs one Intl.DateTimeFormat per zone, about 1 ms each
// in Chromium and some 400 zones: built a slice at a time while the app is idle (see
// warmTimeZoneOptions), finished on the spot if a picker needs the list before that.
const zoneOptions: SelectOption[] = [];
let allZones: string[] | null = null;
let labelledAt: Date | null = null;

function offsetLabel(zone: string, now: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

/** Labels up to `count` more zones; true when every zone has its label. */
function labelZones(count: number): boolean {
  allZones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  labelledAt ??= new Date();
  const end = Math.min(allZones.length, zoneOptions.length + count);
  for (let index = zoneOptions.length; index < end; index += 1) {
    const zone = allZones[index]!;
    const offset = zone === 'UTC' ? '' : offsetLabel(zone, labelledAt);
    zoneOptions.push({ value: zone, label: `${zone.replaceAll('_', ' ')}${offset ? ` (${offset})` : ''}` });
  }
  return zoneOptions.length === allZones.length;
}

/** Every IANA zone the runtime knows (plus UTC), labelled "Europe/Berlin (GMT+1)". Built once. */
export function timeZoneOptions(current?: string): SelectOption[] {
  labelZones(Number.POSITIVE_INFINITY);
  // A stored zone the runtime does not list (an alias) is still shown as chosen.
  if (current && !zoneOptions.some((option) => option.value === current)) return [{ value: current, label: current }, ...zoneOptions];
  return zoneOptions;
}

/**
 * Builds the zone list while the browser is idle, a zone at a time for as long as each idle
 * period lasts: a fixed slice (25 zones, 10 to 25 ms) could run past the next frame and delay
 * whatever the coach was doing, such as moving to the next week in the calendar.
 */
export function warmTimeZoneOptions(): void {
  if (!globalThis.requestIdleCallback) {
    // No idle callbacks (older engines): small slices, spaced out.
    const step = () => {
      if (!labelZones(5)) setTimeout(step, 50);
    };
    setTimeout(step, 50);
    return;
  }
  const step = (deadline: IdleDeadline) => {
    while (deadline.timeRemaining() > IDLE_MARGIN_MS) {
      if (labelZones(1)) return;
    }
    requestIdleCallback(step);
  };
  requestIdleCallback(step);
}

/** Left of an idle period when the next zone is not started (one takes up to about 1 ms). */
const IDLE_MARGIN_MS = 2;

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
