// "Today" is the core's, in the workspace zone, with the instant it stops being true: the
// renderer reads every screen again then. Worked by hand across the spring clock change.
import { describe, expect, it } from 'vitest';
import { memoryCore, ok } from './helpers.ts';

describe('data.status today', () => {
  it.each([
    // 23:30Z on 28 March is 00:30 on the 29th in Berlin (CET); that night the clocks go
    // forward, so the next midnight (30 March, CEST, UTC+2) is 22:00Z on the 29th.
    ['Europe/Berlin', '2026-03-28T23:30:00Z', '2026-03-29', '2026-03-29T22:00:00Z'],
    // The same instant in New York (EDT, UTC−4) is still 19:30 on the 28th.
    ['America/New_York', '2026-03-28T23:30:00Z', '2026-03-28', '2026-03-29T04:00:00Z'],
    // Auckland is UTC+13 until April: 09:59 on 2 March.
    ['Pacific/Auckland', '2026-03-01T20:59:00Z', '2026-03-02', '2026-03-02T11:00:00Z'],
  ])('in %s at %s: today is %s until %s', async (timeZone, now, today, endsAt) => {
    const core = await memoryCore(new Date(now));
    await ok(core, 'settings.update', { timeZone });
    const status = await ok(core, 'data.status', {});
    expect(status.today).toBe(today);
    expect(status.todayEndsAt).toBe(endsAt);
    await core.close();
  });
});
