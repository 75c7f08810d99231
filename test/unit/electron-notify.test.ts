// Call reminders' scheduler (main/notify.ts) on a real core (in-memory database) with a
// clock and timers the test moves: what is shown when, once, and re-planned on changes and
// at midnight. The plan itself is a domain function (test/unit/domain-reminders.test.ts).
import { describe, expect, it } from 'vitest';
import { type CallReminder, startCallReminders, type Timers } from '../../main/notify.ts';
import { type Core, createCore } from '../../src/api/core.ts';
import { openStore } from '../../src/store/open.ts';
import { ok } from './helpers.ts';

/** Timers on the test's clock: advancing runs what falls due, in order, and lets each settle. */
class TestClock implements Timers {
  private nextId = 1;
  private readonly due = new Map<number, { at: number; run: () => void }>();
  now: Date;
  constructor(now: Date) {
    this.now = now;
  }

  set(run: () => void, delayMs: number): number {
    const id = this.nextId++;
    this.due.set(id, { at: this.now.getTime() + Math.max(0, delayMs), run });
    return id;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  get pending(): number {
    return this.due.size;
  }

  async advanceTo(iso: string): Promise<void> {
    const until = new Date(iso).getTime();
    for (;;) {
      await settle();
      const next = [...this.due.entries()].filter(([, timer]) => timer.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.now = new Date(next[1].at);
      next[1].run();
    }
    this.now = new Date(until);
    await settle();
  }
}

/** Lets the scheduler's calls to the core finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

// A weekly Tuesday 10:00 Berlin call from Monday 2026-03-02 (09:00 UTC in winter).
async function practice(clock: TestClock): Promise<{ core: Core; agreementId: string }> {
  const core = createCore(await openStore(':memory:'), { now: () => clock.now, log: () => undefined });
  await ok(core, 'settings.update', { businessName: 'Harbour Lane Coaching', timeZone: 'Europe/Berlin', currency: 'EUR', locale: 'en-GB' });
  const client = await ok(core, 'clients.create', { name: 'Ada Byrne' });
  const created = await ok(core, 'agreements.create', {
    clientId: client.id,
    kind: 'work',
    feeMinor: 100000,
    startDate: '2026-03-02',
    includedMinutes: 120,
    slot: { weekday: 2, time: '10:00', timeZone: 'Europe/Berlin', durationMinutes: 45, intervalWeeks: 1 },
  });
  await ok(core, 'agreements.sign', { id: created.agreement.id, signedBy: 'Ada', method: 'paper' });
  return { core, agreementId: created.agreement.id };
}

describe('the call reminder scheduler', () => {
  async function setUp(start = '2026-03-03T07:00:00Z') {
    const clock = new TestClock(new Date(start));
    const { core, agreementId } = await practice(clock);
    const shown: { at: string; reminder: CallReminder }[] = [];
    const reminders = startCallReminders({
      core,
      timers: clock,
      now: () => clock.now,
      show: (reminder) => shown.push({ at: clock.now.toISOString(), reminder }),
      log: () => undefined,
    });
    await settle();
    return { clock, core, agreementId, shown, reminders };
  }

  it('is off by default: nothing is planned until the coach turns it on', async () => {
    const { clock, core, shown } = await setUp();
    expect(await ok(core, 'settings.get', {})).toMatchObject({ callReminders: false, callReminderMinutes: 10 });
    expect(clock.pending).toBe(0);
    await clock.advanceTo('2026-03-03T12:00:00Z');
    expect(shown).toEqual([]);
  });

  it('shows each reminder once, lead minutes before the call, and follows a new lead time', async () => {
    const { clock, core, shown } = await setUp();
    await ok(core, 'settings.update', { callReminders: true });
    await clock.advanceTo('2026-03-03T08:49:00Z');
    expect(shown).toEqual([]);
    await clock.advanceTo('2026-03-03T08:55:00Z');
    expect(shown).toEqual([
      {
        at: '2026-03-03T08:50:00.000Z',
        reminder: expect.objectContaining({ title: 'Call with Ada Byrne', body: 'At 10:00, in 10 minutes.' }),
      },
    ]);

    // A change after it was shown (here, a longer lead) plans again without repeating it.
    await ok(core, 'settings.update', { callReminderMinutes: 30 });
    await clock.advanceTo('2026-03-03T12:00:00Z');
    expect(shown).toHaveLength(1);
  });

  it('plans again when a call moves, and drops a call that was cancelled', async () => {
    const { clock, core, agreementId, shown } = await setUp();
    await ok(core, 'settings.update', { callReminders: true, callReminderMinutes: 15 });
    await ok(core, 'sessions.reschedule', { agreementId, occurrenceStart: '2026-03-03T09:00:00Z', start: '2026-03-03T13:00:00Z' });
    await clock.advanceTo('2026-03-03T12:00:00Z');
    expect(shown).toEqual([]);
    await clock.advanceTo('2026-03-03T13:00:00Z');
    expect(shown.map((entry) => entry.at)).toEqual(['2026-03-03T12:45:00.000Z']);

    await ok(core, 'sessions.cancel', {
      agreementId,
      occurrenceStart: '2026-03-10T09:00:00Z',
      by: 'client',
      cancelledAt: '2026-03-03T13:00:00Z',
    });
    await clock.advanceTo('2026-03-11T00:00:00Z');
    expect(shown).toHaveLength(1);
  });

  it('plans each new day at midnight: next week’s call is reminded of with no change in between', async () => {
    const { clock, core, shown } = await setUp();
    await ok(core, 'settings.update', { callReminders: true });
    await clock.advanceTo('2026-03-17T12:00:00Z');
    expect(shown.map((entry) => entry.at)).toEqual(['2026-03-03T08:50:00.000Z', '2026-03-10T08:50:00.000Z', '2026-03-17T08:50:00.000Z']);
  });

  it('turning it off, or stopping, clears every timer', async () => {
    const { clock, core, shown, reminders } = await setUp();
    await ok(core, 'settings.update', { callReminders: true });
    await settle();
    expect(clock.pending).toBeGreaterThan(0);
    await ok(core, 'settings.update', { callReminders: false });
    await settle();
    expect(clock.pending).toBe(0);

    await ok(core, 'settings.update', { callReminders: true });
    await settle();
    reminders.stop();
    expect(clock.pending).toBe(0);
    await ok(core, 'settings.update', { callReminderMinutes: 20 });
    await clock.advanceTo('2026-03-04T00:00:00Z');
    expect(shown).toEqual([]);
  });

  it('a notification the system refuses is logged, and the next one still comes', async () => {
    const clock = new TestClock(new Date('2026-03-03T07:00:00Z'));
    const { core } = await practice(clock);
    const logged: string[] = [];
    let calls = 0;
    startCallReminders({
      core,
      timers: clock,
      now: () => clock.now,
      log: (message) => logged.push(message),
      show: () => {
        calls += 1;
        if (calls === 1) throw new Error('notifications are off for Cadence');
      },
    });
    await ok(core, 'settings.update', { callReminders: true });
    await clock.advanceTo('2026-03-10T12:00:00Z');
    expect(calls).toBe(2);
    expect(logged).toEqual(['Cadence: could not show a call reminder: Error: notifications are off for Cadence']);
  });

  it('refuses a lead time the setting does not allow', async () => {
    const { core } = await setUp();
    for (const callReminderMinutes of [0, 121, 2.5]) {
      expect(await core.call('settings.update', { callReminderMinutes })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { callReminderMinutes: expect.any(String) } },
      });
    }
  });
});
