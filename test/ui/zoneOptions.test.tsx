import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('warmTimeZoneOptions', () => {
  it('labels zones only while an idle period lasts, and finishes the list over several periods', async () => {
    const pending: ((deadline: IdleDeadline) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: (deadline: IdleDeadline) => void) => pending.push(run));
    const { timeZoneOptions, warmTimeZoneOptions } = await import('../../renderer/lib/options.ts');
    warmTimeZoneOptions();
    /** Runs the next idle callback with a period that has room for `zones` zones. */
    const period = (zones: number) => {
      let asked = 0;
      pending.shift()!({ didTimeout: false, timeRemaining: () => (asked++ < zones ? 10 : 0) } as IdleDeadline);
      return asked;
    };
    // Room for three zones: it asks four times (the fourth says the period is over) and
    // waits for another period.
    expect(period(3)).toBe(4);
    expect(pending).toHaveLength(1);
    let periods = 1;
    while (pending.length > 0 && periods < 1_000) {
      period(40);
      periods += 1;
    }
    const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC').length + 1;
    expect(periods).toBe(1 + Math.ceil((zones - 3) / 40));
    const all = timeZoneOptions();
    expect(all).toHaveLength(zones);
    expect(all.find((option) => option.value === 'Europe/Berlin')?.label).toMatch(/^Europe\/Berlin \(GMT\+\d/);
  });
});
