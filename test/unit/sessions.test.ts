import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/api/core.ts';
import {
  CANCELLED_AFTER_START,
  CANCELLED_AT_REQUIRED,
  CANCELLED_IN_FUTURE,
  cancelledAtForNotice,
  NOT_STARTED,
} from '../../src/domain/session-outcome.ts';
import { memoryCore, ok } from './helpers.ts';

// A Pay-for-Work retainer with a Tuesday 10:00 Berlin slot from Monday 2026-03-02.
async function practice(now = new Date('2026-03-20T12:00:00Z')): Promise<{ core: Core; agreementId: string; clientId: string }> {
  const core = await memoryCore(now);
  await ok(core, 'settings.update', { businessName: 'Harbour Lane Coaching', timeZone: 'Europe/Berlin', currency: 'EUR' });
  const client = await ok(core, 'clients.create', { name: 'Ada Byrne', notes: 'Prefers mornings' });
  const created = await ok(core, 'agreements.create', {
    clientId: client.id,
    kind: 'work',
    feeMinor: 100000,
    overageRateMinorPerHour: 12000,
    startDate: '2026-03-02',
    includedMinutes: 120,
    slot: { weekday: 2, time: '10:00', timeZone: 'Europe/Berlin', durationMinutes: 45, intervalWeeks: 1 },
  });
  await ok(core, 'agreements.sign', { id: created.agreement.id, signedBy: 'Ada', method: 'paper' });
  return { core, agreementId: created.agreement.id, clientId: client.id };
}

describe('calendar and sessions', () => {
  it('shows planned occurrences in the coach’s zone and never one slot twice', async () => {
    const { core, agreementId } = await practice();
    const week = await ok(core, 'calendar.range', { from: '2026-03-02', to: '2026-03-08' });
    expect(week.items.map((i) => [i.status, i.start])).toEqual([['planned', '2026-03-03T09:00:00Z']]);
    await ok(core, 'sessions.log', {
      agreementId,
      occurrenceStart: '2026-03-03T09:00:00Z',
      actualMinutes: 50,
      notes: 'Discussed the board meeting',
    });
    const after = await ok(core, 'calendar.range', { from: '2026-03-02', to: '2026-03-08' });
    expect(after.items.map((i) => [i.status, i.start, i.actualMinutes])).toEqual([['completed', '2026-03-03T09:00:00Z', 50]]);
  });

  it('plans no call in a pause, from the effective date of a cancellation, after a fixed term or before the start, and follows each change at once', async () => {
    const { core, agreementId, clientId } = await practice();
    const planned = async (input: { from: string; to: string; clientId?: string }) =>
      (await ok(core, 'calendar.range', input)).items.filter((i) => i.status === 'planned').map((i) => [i.clientId, i.start]);
    const march = { from: '2026-03-01', to: '2026-03-31' };
    const tuesdays = [
      '2026-03-03T09:00:00Z',
      '2026-03-10T09:00:00Z',
      '2026-03-17T09:00:00Z',
      '2026-03-24T09:00:00Z',
      '2026-03-31T08:00:00Z',
    ];
    expect(await planned(march)).toEqual(tuesdays.map((start) => [clientId, start]));

    // A second client on a fortnightly Thursday slot for a three-month term without renewal, from 2026-03-12.
    const ben = await ok(core, 'clients.create', { name: 'Ben Ortiz' });
    const fixed = await ok(core, 'agreements.create', {
      clientId: ben.id,
      kind: 'access',
      feeMinor: 50000,
      startDate: '2026-03-12',
      termMonths: 3,
      autoRenew: false,
      slot: { weekday: 4, time: '16:30', timeZone: 'America/New_York', durationMinutes: 30, intervalWeeks: 2 },
    });
    expect(await planned(march)).toHaveLength(5); // a draft plans nothing
    await ok(core, 'agreements.sign', { id: fixed.agreement.id, signedBy: 'Ben', method: 'paper' });
    // 16:30 in New York is 20:30 UTC once daylight saving starts there (2026-03-08).
    expect(await planned({ ...march, clientId: ben.id })).toEqual([
      [ben.id, '2026-03-12T20:30:00Z'],
      [ben.id, '2026-03-26T20:30:00Z'],
    ]);
    expect(await planned({ from: '2026-06-01', to: '2026-06-30', clientId: ben.id })).toEqual([[ben.id, '2026-06-04T20:30:00Z']]); // the term ends 2026-06-12
    expect(await planned({ ...march, clientId })).toEqual(tuesdays.map((start) => [clientId, start]));

    await ok(core, 'agreements.pause', { id: agreementId, from: '2026-03-09', to: '2026-03-22' });
    expect((await planned({ ...march, clientId })).map(([, start]) => start)).toEqual([tuesdays[0], tuesdays[3], tuesdays[4]]);
    await ok(core, 'agreements.cancel', { id: agreementId, noticeGivenOn: '2026-03-20', effectiveDate: '2026-03-31' });
    expect((await planned({ ...march, clientId })).map(([, start]) => start)).toEqual([tuesdays[0], tuesdays[3]]);
    await ok(core, 'agreements.withdrawCancellation', { id: agreementId });
    await ok(core, 'agreements.removePause', { id: agreementId, from: '2026-03-09' });
    expect(await planned({ ...march, clientId })).toEqual(tuesdays.map((start) => [clientId, start]));
  });

  it('logs in one call with the planned minutes as the default, and the ledger shows it', async () => {
    const { core, agreementId } = await practice();
    const logged = await ok(core, 'sessions.log', { agreementId, occurrenceStart: '2026-03-10T09:00:00Z', actualMinutes: 45 });
    expect(logged).toMatchObject({ plannedMinutes: 45, status: 'completed', kind: 'session', occurrenceStart: '2026-03-10T09:00:00Z' });
    await ok(core, 'sessions.log', { id: logged.id, actualMinutes: 90, kind: 'extended' });
    const ledger = await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-20' });
    expect(ledger.periods[0]).toMatchObject({ deliveredMinutes: 90 });
  });

  it('reschedules only that occurrence', async () => {
    const { core, agreementId } = await practice();
    await ok(core, 'sessions.reschedule', { agreementId, occurrenceStart: '2026-03-10T09:00:00Z', start: '2026-03-12T14:00:00Z' });
    const items = (await ok(core, 'calendar.range', { from: '2026-03-09', to: '2026-03-22' })).items;
    expect(items.map((i) => [i.status, i.start])).toEqual([
      ['scheduled', '2026-03-12T14:00:00Z'],
      ['planned', '2026-03-17T09:00:00Z'],
    ]);
  });

  it('recognises a late cancel by the setting, and counts it and a no-show', async () => {
    const { core, agreementId } = await practice();
    const late = await ok(core, 'sessions.cancel', {
      agreementId,
      occurrenceStart: '2026-03-03T09:00:00Z',
      by: 'client',
      cancelledAt: '2026-03-02T12:00:00Z',
    });
    expect(late.lateCancel).toBe(true); // 21 hours before
    const timely = await ok(core, 'sessions.cancel', {
      agreementId,
      occurrenceStart: '2026-03-10T09:00:00Z',
      by: 'client',
      cancelledAt: '2026-03-08T09:00:00Z',
    });
    expect(timely.lateCancel).toBe(false);
    await ok(core, 'sessions.noShow', { agreementId, occurrenceStart: '2026-03-17T09:00:00Z' });
    const ledger = await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-20' });
    expect(ledger.periods[0]!.deliveredMinutes).toBe(90);
    await ok(core, 'settings.update', { lateCancelHours: 12 });
    expect((await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-20' })).periods[0]!.deliveredMinutes).toBe(45);
  });

  it('refuses held and no-show for a call that has not started, naming the field, and writes nothing', async () => {
    const { core, agreementId, clientId } = await practice(); // now: Friday 2026-03-20 12:00 UTC
    const next = { agreementId, occurrenceStart: '2026-03-24T09:00:00Z' };
    for (const [name, input] of [
      ['sessions.log', { ...next, actualMinutes: 45 }],
      ['sessions.noShow', next],
    ] as const) {
      const refused = await core.call(name, input);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { start: NOT_STARTED } } });
    }
    const extended = await ok(core, 'sessions.create', {
      clientId,
      agreementId,
      start: '2026-03-26T09:00:00Z',
      plannedMinutes: 90,
      kind: 'extended',
    });
    expect(await core.call('sessions.log', { id: extended.id, actualMinutes: 90 })).toMatchObject({
      ok: false,
      error: { fields: { start: NOT_STARTED } },
    });
    const items = (await ok(core, 'calendar.range', { from: '2026-03-23', to: '2026-03-29' })).items;
    expect(items.map((i) => [i.start, i.status])).toEqual([
      ['2026-03-24T09:00:00Z', 'planned'],
      ['2026-03-26T09:00:00Z', 'scheduled'],
    ]);
    expect((await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-31' })).periods[0]!.deliveredMinutes).toBe(0);

    // At the exact start the call has begun.
    const atStart = await practice(new Date('2026-03-24T09:00:00Z'));
    const held = await ok(atStart.core, 'sessions.log', {
      agreementId: atStart.agreementId,
      occurrenceStart: '2026-03-24T09:00:00Z',
      actualMinutes: 45,
    });
    expect(held.status).toBe('completed');
  });

  it('asks when the client cancelled a call that has begun, never after its start, and counts it by the answer', async () => {
    const { core, agreementId } = await practice(); // now: 2026-03-20 12:00 UTC, after the calls of 3, 10 and 17 March
    const past = { agreementId, occurrenceStart: '2026-03-17T09:00:00Z', by: 'client' as const };
    expect(await core.call('sessions.cancel', past)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { cancelledAt: CANCELLED_AT_REQUIRED } },
    });
    expect(await core.call('sessions.cancel', { ...past, cancelledAt: '2026-03-17T09:00:01Z' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { cancelledAt: CANCELLED_AFTER_START } },
    });
    expect((await ok(core, 'calendar.range', { from: '2026-03-16', to: '2026-03-22' })).items.map((i) => i.status)).toEqual(['planned']);

    // "More than 24 hours before": 2026-03-16 08:59, not late, nothing delivered.
    const timely = await ok(core, 'sessions.cancel', { ...past, cancelledAt: cancelledAtForNotice(past.occurrenceStart, 'more', 24) });
    expect(timely).toMatchObject({ status: 'cancelled', cancelledAt: '2026-03-16T08:59:00Z', lateCancel: false });
    expect((await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-20' })).periods[0]!.deliveredMinutes).toBe(0);

    // "Less than 24 hours before": 2026-03-10 08:59, a late cancel, its 45 minutes delivered.
    const lateAt = cancelledAtForNotice('2026-03-10T09:00:00Z', 'less', 24);
    const late = await ok(core, 'sessions.cancel', { ...past, occurrenceStart: '2026-03-10T09:00:00Z', cancelledAt: lateAt });
    expect(late).toMatchObject({ cancelledAt: '2026-03-10T08:59:00Z', lateCancel: true });
    expect((await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-20' })).periods[0]!.deliveredMinutes).toBe(45);
  });

  it('dates a cancellation recorded before the start now, or earlier if given, never later', async () => {
    const { core, agreementId } = await practice(); // now: 2026-03-20 12:00 UTC
    const next = { agreementId, occurrenceStart: '2026-03-24T09:00:00Z', by: 'client' as const };
    expect(await core.call('sessions.cancel', { ...next, cancelledAt: '2026-03-20T12:00:01Z' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { cancelledAt: CANCELLED_IN_FUTURE } },
    });
    const timely = await ok(core, 'sessions.cancel', next);
    expect(timely).toMatchObject({ cancelledAt: '2026-03-20T12:00:00Z', lateCancel: false }); // 3 days 21 hours before
    expect((await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-31' })).periods[0]!.deliveredMinutes).toBe(0);

    // Recorded eight hours before the start: late, the planned 45 minutes delivered.
    const soon = await practice(new Date('2026-03-24T01:00:00Z'));
    const late = await ok(soon.core, 'sessions.cancel', { ...next, agreementId: soon.agreementId });
    expect(late).toMatchObject({ cancelledAt: '2026-03-24T01:00:00Z', lateCancel: true });
    expect((await ok(soon.core, 'usage.ledger', { agreementId: soon.agreementId, asOf: '2026-03-31' })).periods[0]!.deliveredMinutes).toBe(
      45,
    );
  });

  it('adds extended sessions and check-ins outside the slot, and flags overlaps', async () => {
    const { core, agreementId, clientId } = await practice();
    await ok(core, 'sessions.create', { clientId, agreementId, start: '2026-03-03T09:30:00Z', plannedMinutes: 20, kind: 'check_in' });
    const items = (await ok(core, 'calendar.range', { from: '2026-03-02', to: '2026-03-08' })).items;
    expect(items.map((i) => [i.kind, i.conflict])).toEqual([
      ['session', true],
      ['check_in', true],
    ]);
    const other = await ok(core, 'clients.create', { name: 'Ben' });
    const refused = await core.call('sessions.create', {
      clientId: other.id,
      agreementId,
      start: '2026-03-05T09:00:00Z',
      plannedMinutes: 30,
      kind: 'extended',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { agreementId: 'belongs to another client' } } });
  });

  it('refuses an occurrence that is not on the slot', async () => {
    const { core, agreementId } = await practice();
    const result = await core.call('sessions.log', { agreementId, occurrenceStart: '2026-03-04T09:00:00Z', actualMinutes: 45 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { occurrenceStart: expect.any(String) } } });
  });

  it('searches notes across clients, kept in step with edits and deletes', async () => {
    const { core, agreementId } = await practice();
    const session = await ok(core, 'sessions.log', {
      agreementId,
      occurrenceStart: '2026-03-03T09:00:00Z',
      actualMinutes: 45,
      notes: 'Talked about délégation and hiring',
    });
    const hits = await ok(core, 'notes.search', { query: 'delegation' });
    expect(hits.map((h) => [h.ownerType, h.ownerId, h.clientName])).toEqual([['session', session.id, 'Ada Byrne']]);
    expect(hits[0]!.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['délégation']);
    expect((await ok(core, 'notes.search', { query: 'morn' })).map((h) => h.ownerType)).toEqual(['client']);
    await ok(core, 'sessions.updateNotes', { id: session.id, notes: 'Pricing review' });
    expect(await ok(core, 'notes.search', { query: 'delegation' })).toEqual([]);
    expect((await ok(core, 'notes.search', { query: 'pricing' })).length).toBe(1);
    await ok(core, 'sessions.delete', { id: session.id });
    expect(await ok(core, 'notes.search', { query: 'pricing' })).toEqual([]);
    // FTS syntax in the query is taken as words, never as an error.
    expect(await ok(core, 'notes.search', { query: 'AND OR "NEAR(' })).toEqual([]);
  });

  it('lists past calls not yet logged', async () => {
    const { core, agreementId } = await practice(new Date('2026-03-18T12:00:00Z'));
    await ok(core, 'sessions.log', { agreementId, occurrenceStart: '2026-03-10T09:00:00Z', actualMinutes: 45 });
    const unlogged = await ok(core, 'sessions.unlogged', { asOf: '2026-03-18' });
    expect(unlogged.map((u) => u.start)).toEqual(['2026-03-17T09:00:00Z']);
  });

  it('records work logs for an agreement', async () => {
    const { core, agreementId } = await practice();
    await ok(core, 'workLogs.create', { agreementId, date: '2026-03-05', minutes: 30, description: 'Reviewed the plan' });
    expect(await fields(core, { agreementId, date: '2026-03-05', minutes: 0 })).toContain('minutes');
    const ledger = await ok(core, 'usage.ledger', { agreementId, asOf: '2026-03-20' });
    expect(ledger.periods[0]!.deliveredMinutes).toBe(30);
  });
});

async function fields(core: Core, input: unknown): Promise<string[]> {
  const result = await core.call('workLogs.create', input);
  return result.ok ? [] : Object.keys(result.error.fields ?? {});
}

describe('capacity', () => {
  it('counts booked against working hours and finds weekly slots free for the next weeks', async () => {
    const { core, clientId } = await practice();
    await ok(core, 'settings.update', { workingHours: { 2: [['09:00', '12:00']], 4: [['14:00', '15:00']] } });
    // Week of Monday 2026-03-09: the Tuesday 10:00 call (45) and a 60-minute extended session on Thursday at 14:00.
    await ok(core, 'sessions.create', { clientId, start: '2026-03-12T13:00:00Z', plannedMinutes: 60, kind: 'extended' });
    const capacity = await ok(core, 'calendar.capacity', { weekStart: '2026-03-09', lengthMinutes: 60, weeks: 4 });
    expect(capacity.availableMinutes).toBe(180 + 60);
    expect(capacity.bookedMinutes).toBe(45 + 60);
    // Tuesday 09:00–12:00 in hour-long slots on a half-hour grid: 09:00 ends as the call
    // starts, 09:30 and 10:00 overlap it, 10:30 overlaps its last quarter, 11:00 is free.
    // Thursday 14:00 is free in weeks 2–4 but not in week 1, so it is not offered.
    expect(capacity.freeSlots.map((s) => `${s.weekday} ${s.time}`)).toEqual(['2 09:00', '2 11:00']);
  });
});
