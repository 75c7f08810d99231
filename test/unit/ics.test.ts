import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../src/documents/ics.ts';
import { type Slot, slotOccurrences } from '../../src/domain/slot.ts';
import { memoryCore, ok, readExample, readExpected } from './helpers.ts';

/** Every start instant a standards-following reader (Mozilla's ical.js) expands, cancelled ones left out. */
function expand(text: string, until: string): string[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = root.getAllSubcomponents('vevent');
  const end = ICAL.Time.fromDateString(until);
  const out: string[] = [];
  for (const master of events.filter((e) => !e.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(master);
    for (const other of events)
      if (other.hasProperty('recurrence-id') && other.getFirstPropertyValue('uid') === event.uid) event.relateException(other);
    if (!event.isRecurring()) {
      out.push(event.startDate.toJSDate().toISOString());
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
      out.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    }
  }
  return out.map((s) => s.replace('.000', '')).sort();
}

const iso = (d: Date) => d.toISOString().replace('.000', '');

describe('.ics export', () => {
  it.each([
    ['Europe/Berlin', 1, '02:30'],
    ['America/New_York', 7, '02:30'],
    ['Australia/Lord_Howe', 7, '02:15'],
    ['Asia/Kolkata', 3, '18:00'],
    ['Pacific/Auckland', 7, '02:30'],
  ])('expands in ical.js to exactly Cadence’s occurrences over two years (%s, weekday %i, %s)', (timeZone, weekday, time) => {
    const slot: Slot = { weekday, time, timeZone, durationMinutes: 45, intervalWeeks: weekday % 2 === 0 ? 2 : 1 };
    const agreement = {
      id: 'a1',
      clientName: 'Ada',
      title: 'Retainer',
      slot,
      startDate: '2026-01-01',
      endDate: '2028-01-01',
      pauses: [{ from: '2026-07-01', to: '2026-07-31' }],
    };
    const window = { startDate: agreement.startDate, endDate: agreement.endDate, pauses: agreement.pauses };
    const occurrences = slotOccurrences(slot, window, '2026-01-01', '2027-12-31').map((o) => iso(o.start));
    // One occurrence is moved by an hour, one cancelled, and one session is outside the slot.
    const moved = occurrences[5]!;
    const cancelled = occurrences[9]!;
    const movedTo = iso(new Date(Date.parse(moved) + 3_600_000));
    const sessions = [
      {
        id: 's1',
        agreementId: 'a1',
        clientName: 'Ada',
        start: movedTo,
        plannedMinutes: 45,
        actualMinutes: null,
        status: 'scheduled' as const,
        kind: 'session' as const,
        occurrenceStart: moved,
      },
      {
        id: 's2',
        agreementId: 'a1',
        clientName: 'Ada',
        start: cancelled,
        plannedMinutes: 45,
        actualMinutes: null,
        status: 'cancelled' as const,
        kind: 'session' as const,
        occurrenceStart: cancelled,
      },
      {
        id: 's3',
        agreementId: 'a1',
        clientName: 'Ada',
        start: '2026-03-03T09:00:00Z',
        plannedMinutes: 90,
        actualMinutes: null,
        status: 'scheduled' as const,
        kind: 'extended' as const,
        occurrenceStart: null,
      },
    ];
    const text = buildIcs({ name: 'Test', agreements: [agreement], sessions, now: new Date('2026-01-01T00:00:00Z') });
    const expected = [...occurrences.filter((s) => s !== moved && s !== cancelled), movedTo, '2026-03-03T09:00:00Z'].sort();
    expect(expand(text, '2028-01-01')).toEqual(expected);
  });

  it('worked example B: client e1 expands to the expected instants', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const { content } = await ok(core, 'calendar.ics', { clientId: 'e1' });
    const expected = readExpected('expected-b.json');
    expect(expand(content, '2027-01-01').filter((s) => s < '2027-01-01')).toEqual(expected.icsStarts);
  });
});
