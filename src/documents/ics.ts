// iCalendar export of the weekly slots and stored sessions. Each slot is one VEVENT with a
// weekly RRULE in its zone; pauses and cancelled occurrences are EXDATEs, moved ones are
// RECURRENCE-ID overrides, and sessions outside a slot are events of their own. The
// VTIMEZONE is written from the same zone data Cadence expands with, so a calendar that
// follows the standard gets Cadence's instants.
import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator';
import type { CalendarDate } from '../domain/dates.ts';
import { instantText } from '../domain/instants.ts';
import { firstSlotDate, isAmbiguousWallTime, type Slot, slotOccurrences, wallTimeToInstant } from '../domain/slot.ts';

export interface IcsSlotAgreement {
  id: string;
  clientName: string;
  title: string;
  slot: Slot;
  startDate: CalendarDate;
  /** First day no longer in force, or null. */
  endDate: CalendarDate | null;
  pauses: { from: CalendarDate; to: CalendarDate }[];
}

export interface IcsSession {
  id: string;
  agreementId: string | null;
  clientName: string;
  start: string;
  plannedMinutes: number;
  actualMinutes: number | null;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no_show';
  kind: 'session' | 'check_in' | 'extended';
  occurrenceStart: string | null;
}

const WEEKDAYS = [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA, ICalWeekday.SU];
const KIND_LABELS = { session: 'Call', check_in: 'Check-in', extended: 'Extended session' } as const;
const YEAR = 365.25 * 86_400_000;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function localStamp(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** A VTIMEZONE listing every offset change of the zone between two instants. */
export function vtimezone(zone: string, from: Date, to: Date): string {
  const initial = tzOffset(zone, from);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    `DTSTART:${localStamp(from.getTime(), initial)}`,
    `TZOFFSETFROM:${offsetText(initial)}`,
    `TZOFFSETTO:${offsetText(initial)}`,
    'END:STANDARD',
  ];
  for (const change of tzScan(zone, { start: from, end: to })) {
    const before = change.offset - change.change;
    const kind = change.change > 0 ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(change.date.getTime(), before)}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(change.offset)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

export function buildIcs(input: { name: string; agreements: IcsSlotAgreement[]; sessions: IcsSession[]; now: Date }): string {
  const firstDates = input.agreements.map((a) => Date.parse(`${a.startDate}T00:00:00Z`));
  const rangeStart = new Date(Math.min(input.now.getTime(), ...firstDates) - YEAR);
  // Explicit offset changes for ten years ahead; later instants keep the last offset.
  const rangeEnd = new Date(input.now.getTime() + 10 * YEAR);
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Cadence', product: 'Cadence', language: 'EN' },
    timezone: { name: null, generator: (zone) => vtimezone(zone, rangeStart, rangeEnd) },
  });

  const withMaster = new Set<string>();
  // Occurrences at a wall time that falls in a daylight-saving gap or repeat: readers
  // disagree on those (ical.js, for one, does not follow RFC 5545 there), so each is
  // excluded from the rule by its nominal wall time and written as its own UTC event.
  const nominalExdates = new Map<string, string[]>();
  for (const agreement of input.agreements) {
    const { slot } = agreement;
    const firstDate = firstSlotDate(agreement.startDate, slot.weekday);
    if (agreement.endDate !== null && firstDate >= agreement.endDate) continue;
    withMaster.add(agreement.id);
    const start = wallTimeToInstant(firstDate, slot.time, slot.timeZone);
    const ownSessions = input.sessions.filter((s) => s.agreementId === agreement.id && s.occurrenceStart !== null);
    // Occurrences inside a pause, and cancelled ones, are not held.
    const paused = agreement.pauses.flatMap((p) =>
      slotOccurrences(slot, { startDate: agreement.startDate, endDate: agreement.endDate, pauses: [] }, p.from, p.to).map((o) => o.start),
    );
    const cancelled = ownSessions.filter((s) => s.status === 'cancelled').map((s) => new Date(s.occurrenceStart!));
    const exclude = [...paused, ...cancelled].map((d) => new TZDate(d.getTime(), slot.timeZone));
    const until =
      agreement.endDate === null ? undefined : new Date(wallTimeToInstant(agreement.endDate, '00:00', slot.timeZone).getTime() - 1000);
    const uid = `slot-${agreement.id}@cadence`;
    const horizon = agreement.endDate ?? rangeEnd.toISOString().slice(0, 10);
    const handled = new Set(ownSessions.map((s) => s.occurrenceStart));
    const ambiguous = slotOccurrences(
      slot,
      { startDate: agreement.startDate, endDate: agreement.endDate, pauses: agreement.pauses },
      firstDate,
      horizon,
    ).filter((o) => isAmbiguousWallTime(o.date, slot.time, slot.timeZone));
    if (ambiguous.length > 0) {
      nominalExdates.set(
        uid,
        ambiguous.map((o) => `EXDATE;TZID=${slot.timeZone}:${o.date.replace(/-/g, '')}T${slot.time.replace(':', '')}00`),
      );
      for (const occurrence of ambiguous) {
        if (handled.has(instantText(occurrence.start))) continue;
        calendar.createEvent({
          id: `slot-${agreement.id}-${occurrence.date}@cadence`,
          start: occurrence.start,
          end: occurrence.end,
          summary: `${agreement.clientName}: ${agreement.title}`,
          stamp: input.now,
        });
      }
    }
    calendar.createEvent({
      id: uid,
      start: new TZDate(start.getTime(), slot.timeZone),
      end: new TZDate(start.getTime() + slot.durationMinutes * 60_000, slot.timeZone),
      timezone: slot.timeZone,
      summary: `${agreement.clientName}: ${agreement.title}`,
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        interval: slot.intervalWeeks,
        byDay: [WEEKDAYS[slot.weekday - 1]!],
        ...(until ? { until } : {}),
        ...(exclude.length > 0 ? { exclude } : {}),
      },
      stamp: input.now,
    });
    // A moved occurrence: the same UID with RECURRENCE-ID at the planned instant.
    for (const session of ownSessions) {
      if (session.status === 'cancelled' || session.start === session.occurrenceStart) continue;
      const startMs = Date.parse(session.start);
      calendar.createEvent({
        id: uid,
        recurrenceId: new TZDate(Date.parse(session.occurrenceStart!), slot.timeZone),
        start: new TZDate(startMs, slot.timeZone),
        end: new TZDate(startMs + (session.actualMinutes ?? session.plannedMinutes) * 60_000, slot.timeZone),
        timezone: slot.timeZone,
        summary: `${session.clientName}: ${KIND_LABELS[session.kind]} (moved)`,
        stamp: input.now,
      });
    }
  }

  for (const session of input.sessions) {
    const fromSlot = session.agreementId !== null && session.occurrenceStart !== null && withMaster.has(session.agreementId);
    if (fromSlot || session.status === 'cancelled') continue;
    const startMs = Date.parse(session.start);
    calendar.createEvent({
      id: `session-${session.id}@cadence`,
      start: new Date(startMs),
      end: new Date(startMs + (session.actualMinutes ?? session.plannedMinutes) * 60_000),
      summary: `${session.clientName}: ${KIND_LABELS[session.kind]}`,
      status: ICalEventStatus.CONFIRMED,
      stamp: input.now,
    });
  }
  return insertAfterRule(calendar.toString(), nominalExdates);
}

/** Adds lines right after the RRULE of the master event with each UID. */
function insertAfterRule(text: string, linesByUid: Map<string, string[]>): string {
  if (linesByUid.size === 0) return text;
  const lines = text.split('\r\n');
  const out: string[] = [];
  let uid: string | null = null;
  for (const line of lines) {
    out.push(line);
    if (line.startsWith('UID:')) uid = line.slice(4);
    if (line === 'BEGIN:VEVENT') uid = null;
    if (line.startsWith('RRULE:') && uid && linesByUid.has(uid)) out.push(...linesByUid.get(uid)!);
  }
  return out.join('\r\n');
}
