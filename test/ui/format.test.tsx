import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from '../../renderer/lib/format.ts';
import { currencyFractionDigits } from '../../src/domain/format.ts';

describe('formatMoney', () => {
  it('reads integer minor units with the currency’s own fraction digits', () => {
    expect(formatMoney(150000, 'EUR', 'en-US')).toBe('€1,500.00');
    expect(formatMoney(5000, 'JPY', 'en-US')).toBe('¥5,000');
    // Intl separates a code from the amount with a no-break space.
    expect(formatMoney(1234567, 'KWD', 'en-US').replace(/\s/g, ' ')).toBe('KWD 1,234.567');
  });

  it('follows the locale for separators and symbol placement', () => {
    // de-DE puts the symbol last and groups with dots; the amount is the same.
    expect(formatMoney(150000, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.500,00 €');
  });

  it('keeps negative amounts and cents exact', () => {
    expect(formatMoney(-1999, 'USD', 'en-US')).toBe('-$19.99');
    expect(formatMoney(1, 'EUR', 'en-US')).toBe('€0.01');
  });

  it("knows the digits per currency (the domain's answer, which formatMoney uses)", () => {
    expect([currencyFractionDigits('EUR'), currencyFractionDigits('JPY'), currencyFractionDigits('BHD')]).toEqual([2, 0, 3]);
    expect(formatMoney(1234, 'BHD', 'en-GB')).toBe('BHD\u00a01.234');
  });
});

describe('formatDate', () => {
  it('shows a calendar date as that day whatever the machine’s zone', () => {
    expect(formatDate('2026-03-01', { dateStyle: 'long' }, 'en-US')).toBe('March 1, 2026');
  });
});
