// Instants as text (src/domain/instants.ts): the one way Cadence writes an instant, so
// stored text, computed text and query bounds compare as the instants do.
import { describe, expect, it } from 'vitest';
import { instantText, timestampText, utcInstantText } from '../../src/domain/instants.ts';

describe('instantText', () => {
  it.each([
    [Date.UTC(2026, 2, 2, 9, 0, 0), '2026-03-02T09:00:00Z'],
    [Date.UTC(2026, 9, 25, 0, 30, 5), '2026-10-25T00:30:05Z'],
    [Date.UTC(1999, 11, 31, 23, 59, 59), '1999-12-31T23:59:59Z'],
    // Milliseconds an instant has are kept, so text read and written again is unchanged.
    [Date.UTC(2026, 2, 2, 9, 0, 0, 250), '2026-03-02T09:00:00.250Z'],
    [Date.UTC(2026, 2, 2, 9, 0, 0, 7), '2026-03-02T09:00:00.007Z'],
  ])('%i is %s', (ms, text) => {
    expect(instantText(ms)).toBe(text);
    expect(instantText(new Date(ms))).toBe(text);
  });

  it('round-trips text it wrote', () => {
    for (const text of ['2026-03-02T09:00:00Z', '2026-03-02T09:00:00.250Z']) expect(instantText(Date.parse(text))).toBe(text);
  });
});

describe('timestampText', () => {
  it.each([
    ['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00Z'],
    ['2026-03-01T10:00:00.999Z', '2026-03-01T10:00:00Z'], // cut to the second, never rounded up
    ['2026-12-31T23:59:59.500Z', '2026-12-31T23:59:59Z'], // not into the next year
    ['1969-12-31T23:59:59.500Z', '1969-12-31T23:59:59Z'], // before 1970 too
  ])('the clock at %s is stamped %s', (clock, text) => {
    expect(timestampText(new Date(clock))).toBe(text);
    expect(timestampText(Date.parse(clock))).toBe(text);
  });
});

describe('utcInstantText', () => {
  it.each([
    ['2026-03-02', undefined, '2026-03-02T00:00:00Z'],
    ['2026-03-02', '12:00', '2026-03-02T12:00:00Z'],
    ['2024-02-29', '23:59', '2024-02-29T23:59:00Z'],
    ['2026-12-31', '00:00', '2026-12-31T00:00:00Z'],
  ])('%s at %s UTC is %s', (date, time, text) => {
    expect(utcInstantText(date, time)).toBe(text);
  });

  it('refuses a wall time that is not HH:mm', () => {
    expect(() => utcInstantText('2026-03-02', '9:00')).toThrow(RangeError);
  });
});
