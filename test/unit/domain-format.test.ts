// Formatting for documents: amounts in minor units shown with their currency's decimals in
// the workspace's locale, calendar dates that never move with a zone, instants in the
// workspace zone. The expected texts are CLDR's patterns for each locale, written out by hand
// (U+00A0 is the no-break space CLDR puts between an amount and some currency signs).
import { describe, expect, it } from 'vitest';
import { currencyFractionDigits, formatDate, formatInstant, formatMinutes, formatMoney, weekdayName } from '../../src/domain/format.ts';

describe('currencyFractionDigits', () => {
  it.each<[string, number]>([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['ISK', 0],
    ['KWD', 3],
    ['BHD', 3],
  ])('%s has %i decimals', (currency, digits) => {
    expect(currencyFractionDigits(currency)).toBe(digits);
  });
});

describe('formatMoney', () => {
  // minor units, currency, locale → text
  it.each<[number, string, string, string]>([
    [123456, 'EUR', 'de-DE', '1.234,56\u00a0€'],
    [123456, 'GBP', 'en-GB', '£1,234.56'],
    [100, 'USD', 'en-US', '$1.00'],
    [5, 'EUR', 'en-IE', '€0.05'],
    [0, 'GBP', 'en-GB', '£0.00'],
    [-1050, 'USD', 'en-US', '-$10.50'],
    // No decimals: 500000 minor units of yen are 500,000 yen.
    [500000, 'JPY', 'en-US', '¥500,000'],
    // Three decimals: 1234567 fils are 1,234.567 dinars.
    [1234567, 'KWD', 'en-US', 'KWD\u00a01,234.567'],
    // Indian grouping: lakhs and crores.
    [123456789, 'INR', 'en-IN', '₹12,34,567.89'],
  ])('%i %s in %s is %s', (amountMinor, currency, locale, text) => {
    expect(formatMoney(amountMinor, currency, locale)).toBe(text);
  });
});

describe('formatDate', () => {
  // A calendar date is the same day everywhere: the machine's zone never moves it.
  it.each<[string, string, string]>([
    ['2026-03-01', 'en-GB', '1 March 2026'],
    ['2026-03-01', 'en-US', 'March 1, 2026'],
    ['2026-03-01', 'de-DE', '1. März 2026'],
    ['2024-02-29', 'en-GB', '29 February 2024'],
    ['2026-12-31', 'fr-FR', '31 décembre 2026'],
    ['2027-01-01', 'en-GB', '1 January 2027'],
  ])('%s in %s is %s', (date, locale, text) => {
    expect(formatDate(date, locale)).toBe(text);
  });
});

describe('formatInstant', () => {
  // instant, locale, zone → text
  it.each<[string, string, string, string]>([
    ['2026-03-01T11:00:00Z', 'en-GB', 'UTC', '1 March 2026 at 11:00'],
    // Auckland is 13 hours ahead in March: already the next day.
    ['2026-03-01T11:00:00Z', 'en-GB', 'Pacific/Auckland', '2 March 2026 at 00:00'],
    // Berlin moves to summer time at 01:00Z on 29 March 2026.
    ['2026-03-29T00:30:00Z', 'en-GB', 'Europe/Berlin', '29 March 2026 at 01:30'],
    ['2026-03-29T01:30:00Z', 'en-GB', 'Europe/Berlin', '29 March 2026 at 03:30'],
    // New York has been on summer time (UTC−4) since 8 March: still the evening before.
    ['2026-03-29T01:30:00Z', 'en-US', 'America/New_York', 'March 28, 2026 at 9:30 PM'],
  ])('%s in %s, %s: %s', (instant, locale, timeZone, text) => {
    expect(formatInstant(instant, locale, timeZone)).toBe(text);
  });
});

describe('weekdayName', () => {
  it.each<[number, string, string]>([
    [1, 'en-GB', 'Monday'],
    [2, 'en-GB', 'Tuesday'],
    [5, 'en-US', 'Friday'],
    [7, 'en-GB', 'Sunday'],
    [3, 'de-DE', 'Mittwoch'],
    [6, 'fr-FR', 'samedi'],
  ])('ISO weekday %i in %s is %s', (isoWeekday, locale, name) => {
    expect(weekdayName(isoWeekday, locale)).toBe(name);
  });
});

describe('formatMinutes', () => {
  it.each<[number, string]>([
    [0, '0 minutes'],
    [1, '1 minute'],
    [45, '45 minutes'],
    [59, '59 minutes'],
    [60, '1 hour'],
    [61, '1 hour 1 minute'],
    [90, '1 hour 30 minutes'],
    [120, '2 hours'],
    [125, '2 hours 5 minutes'],
    [600, '10 hours'],
  ])('%i is %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
