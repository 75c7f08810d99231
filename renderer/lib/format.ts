// Display formatting only: the core hands over integer minor units, calendar dates
// (YYYY-MM-DD) and UTC instants; this turns them into the user's locale. No rules here:
// how many minor units a currency has is the domain's answer.
import { currencyFractionDigits } from '../../src/domain/format.ts';

// Making an Intl formatter costs about a millisecond in Chromium and a long table formats
// thousands of cells, so each distinct formatter is made once and kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * The first Intl formatter a page makes loads the locale's data, some 40 to 50 ms in
 * Chromium. Called while the app waits for its first reads, so no screen pays it.
 */
export function warmFormats(): void {
  formatNumber(0);
  formatDate('2000-01-01');
}

/** 150000 EUR → "€1,500.00"; 5000 JPY → "¥5,000". Amounts are integer minor units. */
export function formatMoney(amountMinor: number, currency: string, locale?: string): string {
  const major = amountMinor / 10 ** currencyFractionDigits(currency);
  return numberFormat(locale, { style: 'currency', currency }).format(major);
}

/** A calendar date (YYYY-MM-DD) in the user's locale, never shifted by a time zone. */
export function formatDate(date: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }, locale?: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** A UTC instant shown as a date in the given time zone (the coach's, by default). */
export function formatInstantDate(instant: string, timeZone: string | undefined, locale?: string): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  return dateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(when);
}

/** A UTC instant as date and time in the given zone. */
export function formatInstant(instant: string, timeZone: string | undefined, locale?: string): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(when);
}

/** The wall-clock time now in a zone, e.g. "14:05" — for "their local time". */
export function localTimeIn(timeZone: string, now: Date = new Date(), locale?: string): string {
  try {
    return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(now);
  } catch {
    return '';
  }
}

export function formatNumber(value: number, locale?: string): string {
  return numberFormat(locale).format(value);
}

/** Minutes as "1 h 30 min" / "45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** YYYY-MM-DD of a date in the local zone, for file names. */
export function isoDateLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
