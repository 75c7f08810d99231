// The calendar's view of a time range: planned slot occurrences and stored sessions
// together, never one slot twice, with overlaps flagged.
import type { CalendarDate } from './dates.ts';
import { instantText } from './instants.ts';
import { type Slot, slotOccurrences } from './slot.ts';
import { isLateCancel } from './usage.ts';

export interface CalendarAgreement {
  id: string;
  clientId: string;
  slot: Slot;
  startDate: CalendarDate;
  endDate: CalendarDate | null;
  pauses: { from: CalendarDate; to: CalendarDate }[];
}

export interface CalendarSession {
  id: string;
  clientId: string;
  agreementId: string | null;
  start: string;
  plannedMinutes: number;
  actualMinutes: number | null;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no_show';
  kind: 'session' | 'check_in' | 'extended';
  occurrenceStart: string | null;
  cancelledAt: string | null;
  cancelledBy: 'client' | 'coach' | null;
  notes: string;
}

export interface CalendarItem {
  /** Stable key: `slot:<agreementId>:<occurrence instant>` or `session:<id>`. */
  key: string;
  sessionId: string | null;
  agreementId: string | null;
  clientId: string;
  start: string;
  end: string;
  plannedMinutes: number;
  actualMinutes: number | null;
  status: 'planned' | CalendarSession['status'];
  kind: CalendarSession['kind'];
  occurrenceStart: string | null;
  lateCancel: boolean;
  cancelledBy: CalendarSession['cancelledBy'];
  notes: string;
  /** Overlaps another item that is not cancelled. */
  conflict: boolean;
}

/** `instantText` for one call's items: a busy week's thousands of calls start at a few hundred instants. */
function isoOnce(): (ms: number) => string {
  const made = new Map<number, string>();
  return (ms) => {
    let text = made.get(ms);
    if (text === undefined) {
      text = instantText(ms);
      made.set(ms, text);
    }
    return text;
  };
}

export function calendarItems(
  agreements: CalendarAgreement[],
  sessions: CalendarSession[],
  from: CalendarDate,
  to: CalendarDate,
  lateCancelHours: number,
): CalendarItem[] {
  const stored = new Set(sessions.filter((s) => s.agreementId && s.occurrenceStart).map((s) => `${s.agreementId}|${s.occurrenceStart}`));
  const iso = isoOnce();
  const items: CalendarItem[] = [];
  for (const agreement of agreements) {
    for (const occurrence of slotOccurrences(agreement.slot, agreement, from, to)) {
      const start = iso(occurrence.start.getTime());
      if (stored.has(`${agreement.id}|${start}`)) continue;
      items.push({
        key: `slot:${agreement.id}:${start}`,
        sessionId: null,
        agreementId: agreement.id,
        clientId: agreement.clientId,
        start,
        end: iso(occurrence.end.getTime()),
        plannedMinutes: agreement.slot.durationMinutes,
        actualMinutes: null,
        status: 'planned',
        kind: 'session',
        occurrenceStart: start,
        lateCancel: false,
        cancelledBy: null,
        notes: '',
        conflict: false,
      });
    }
  }
  for (const s of sessions) {
    const minutes = s.actualMinutes ?? s.plannedMinutes;
    items.push({
      key: `session:${s.id}`,
      sessionId: s.id,
      agreementId: s.agreementId,
      clientId: s.clientId,
      start: s.start,
      end: iso(Date.parse(s.start) + minutes * 60_000),
      plannedMinutes: s.plannedMinutes,
      actualMinutes: s.actualMinutes,
      status: s.status,
      kind: s.kind,
      occurrenceStart: s.occurrenceStart,
      lateCancel: isLateCancel(s, lateCancelHours),
      cancelledBy: s.cancelledBy,
      notes: s.notes,
      conflict: false,
    });
  }
  // ISO instants of one format and ASCII keys: code-point order is time order, and far
  // cheaper than a locale-aware comparison over a busy week's thousand items.
  items.sort((a, b) => compareText(a.start, b.start) || compareText(a.key, b.key));
  markConflicts(items);
  return items;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Flags items whose time overlaps another live item (a sweep over start order). */
function markConflicts(items: CalendarItem[]): void {
  const live = items.filter((i) => i.status !== 'cancelled');
  let latest: CalendarItem | null = null;
  for (const item of live) {
    if (latest && item.start < latest.end) {
      item.conflict = true;
      latest.conflict = true;
    }
    if (!latest || item.end > latest.end) latest = item;
  }
}
