// Building blocks for strict input schemas: the same pieces validate handler inputs and
// imported workspace files, so a value the UI may not save cannot be imported either.
import { z } from 'zod';
import { isCalendarDate, isUtcInstant } from './dates.ts';

const currencies = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

const knownZones = new Map<string, boolean>();
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length > 0 && !/^[+-]/.test(zone);
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

export const id = z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters');
export const calendarDate = z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD');
export const utcInstant = z.string().refine(isUtcInstant, 'must be a UTC time written like 2026-03-01T10:00:00Z');
export const currency = z.string().refine(isCurrencyCode, 'must be an ISO 4217 currency code such as EUR');
export const timeZone = z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin');
export const minor = z.number().int('must be a whole number of minor units').refine(Number.isSafeInteger, 'is too large');
export const nonNegativeMinor = minor.refine((v) => v >= 0, 'must not be negative');
export const minutes = z.number().int('must be a whole number of minutes').min(0, 'must not be negative').max(1_000_000, 'is too large');
export const probability = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
export const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:mm');
export const shortText = (max = 200) => z.string().max(max, `must be at most ${max} characters`);
export const requiredText = (max = 200) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
export const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address like name@example.com');
