// The demo's year of work: a stored session for every past slot occurrence (the coach
// logged each one), a few occurrences already acted on ahead of time, ad-hoc sessions for
// hourly clients and discovery calls, and the odd piece of work between calls.

import { addDays, addMonths, type CalendarDate } from '../domain/dates.ts';
import { timestampText } from '../domain/instants.ts';
import type { WorkspaceAgreement, WorkspaceClient, WorkspaceWorkLog } from '../domain/model.ts';
import { isPaused } from '../domain/periods.ts';
import { wallTimeToInstant } from '../domain/slot.ts';
import { agreementEnd } from '../domain/terms.ts';
import { PROJECT_LOG_NOTES, RETAINER_LOG_NOTES, SESSION_NOTES } from './content.ts';
import type { Expander } from './occurrences.ts';
import type { Random } from './random.ts';
import { pastSlotSession, type SessionDraft, scheduledSlotSession } from './sessions.ts';
import { monthStart } from './util.ts';

export type WorkLogDraft = Omit<WorkspaceWorkLog, 'id'>;

export interface ActivityContext {
  today: CalendarDate;
  now: Date;
  lateCancelHours: number;
  /** The coach's zone: ad-hoc calls are booked in their working hours. */
  timeZone: string;
  expand: Expander;
}

const HOUR = 3_600_000;

/** The last day anything was delivered under the agreement: yesterday, or the day before it ended. */
function lastActiveDay(a: WorkspaceAgreement, today: CalendarDate): CalendarDate {
  const end = agreementEnd(a);
  const yesterday = addDays(today, -1);
  return end !== null && addDays(end, -1) < yesterday ? addDays(end, -1) : yesterday;
}

const delivers = (a: WorkspaceAgreement) => a.status === 'active' || a.status === 'ended' || a.status === 'cancelled';

export function slotSessions(rng: Random, agreements: WorkspaceAgreement[], ctx: ActivityContext): SessionDraft[] {
  const out: SessionDraft[] = [];
  for (const a of agreements) {
    if (!a.slot || !delivers(a)) continue;
    const base = {
      clientId: a.clientId,
      agreementId: a.id,
      durationMinutes: a.slot.durationMinutes,
      lateCancelHours: ctx.lateCancelHours,
      now: ctx.now,
    };
    const window = { startDate: a.startDate, endDate: agreementEnd(a), pauses: a.pauses };
    for (const occurrence of ctx.expand(a.slot, window, { to: lastActiveDay(a, ctx.today) })) {
      if (occurrence.start < ctx.now) out.push(pastSlotSession(rng, occurrence.start, base));
    }
  }
  return out;
}

/**
 * Next week's calls the coach already touched: one moved a day later, one cancelled by the
 * coach, one cancelled early by the client. They show that a touched occurrence is stored
 * once and never appears twice in the calendar.
 */
export function upcomingChanges(agreements: WorkspaceAgreement[], ctx: ActivityContext): SessionDraft[] {
  const upcoming = agreements.filter((a) => a.slot && a.status === 'active' && a.cancellation === null);
  const next = (a: WorkspaceAgreement) =>
    ctx
      .expand(a.slot!, { startDate: a.startDate, endDate: agreementEnd(a), pauses: a.pauses }, { to: addDays(ctx.today, 21) })
      .find((o) => o.date > ctx.today && o.start.getTime() > ctx.now.getTime() + 30 * HOUR);
  const out: SessionDraft[] = [];
  const changes = [
    (s: SessionDraft): SessionDraft => ({
      ...s,
      start: timestampText(Date.parse(s.start) + 24 * HOUR),
      notes: 'Moved a day later — client travelling.',
    }),
    (s: SessionDraft): SessionDraft => ({
      ...s,
      status: 'cancelled',
      cancelledAt: timestampText(ctx.now.getTime() - 20 * HOUR),
      cancelledBy: 'coach',
      notes: 'Cancelled by me — workshop in Hamburg.',
    }),
    (s: SessionDraft): SessionDraft => ({
      ...s,
      status: 'cancelled',
      cancelledAt: timestampText(ctx.now.getTime() - 2 * HOUR),
      cancelledBy: 'client',
      notes: 'Skipping this week, on holiday.',
    }),
  ];
  upcoming.slice(0, changes.length).forEach((a, i) => {
    const occurrence = next(a);
    if (!occurrence) return;
    const ctxA = {
      clientId: a.clientId,
      agreementId: a.id,
      durationMinutes: a.slot!.durationMinutes,
      lateCancelHours: ctx.lateCancelHours,
      now: ctx.now,
    };
    out.push(changes[i]!(scheduledSlotSession(occurrence.start, ctxA)));
  });
  return out;
}

/** A weekday in the four weeks from `month`, within [from, to] and outside pauses, or null after a few tries. */
function weekdayIn(
  rng: Random,
  month: CalendarDate,
  from: CalendarDate,
  to: CalendarDate,
  pauses: WorkspaceAgreement['pauses'],
): CalendarDate | null {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const date = addDays(month, rng.int(0, 27));
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6 && date >= from && date <= to && !isPaused(date, pauses)) return date;
  }
  return null;
}

/** Hourly clients meet when needed: two to four calls a month, not on a fixed slot (occurrenceStart null). */
export function adHocSessions(
  rng: Random,
  agreements: WorkspaceAgreement[],
  clients: WorkspaceClient[],
  ctx: ActivityContext,
): SessionDraft[] {
  const out: SessionDraft[] = [];
  const call = (
    clientId: string,
    agreementId: string | null,
    date: CalendarDate,
    planned: number,
    notes: string,
    kind: SessionDraft['kind'] = 'session',
  ): SessionDraft => ({
    clientId,
    agreementId,
    start: timestampText(wallTimeToInstant(date, rng.pick(['09:30', '11:00', '14:00', '16:00']), ctx.timeZone)),
    plannedMinutes: planned,
    actualMinutes: planned + rng.pick([0, 0, 5, 10, 15, -5]),
    status: 'completed',
    kind,
    occurrenceStart: null,
    cancelledAt: null,
    cancelledBy: null,
    notes,
  });
  for (const a of agreements) {
    if (!delivers(a)) continue;
    const last = lastActiveDay(a, ctx.today);
    for (let month = monthStart(a.startDate); month <= last; month = addMonths(month, 1)) {
      if (a.kind === 'project') {
        for (let n = rng.int(2, 4); n > 0; n -= 1) {
          const date = weekdayIn(rng, month, a.startDate, last, a.pauses);
          if (date) out.push(call(a.clientId, a.id, date, 60, rng.pick(SESSION_NOTES)));
        }
      } else if (a.kind === 'work' && a.periodMonths === 3 && rng.chance(0.25)) {
        // Quarterly retainers sometimes include a half-day strategy session, arranged in advance.
        const date = weekdayIn(rng, month, a.startDate, last, a.pauses);
        if (date) out.push(call(a.clientId, a.id, date, 180, 'Half-day strategy session with the leadership team.', 'extended'));
      }
    }
  }
  // Prospects had a free discovery call, not under any agreement.
  for (const client of clients.filter((c) => c.status === 'prospect')) {
    const date = weekdayIn(rng, addDays(ctx.today, -40), addDays(ctx.today, -40), addDays(ctx.today, -2), []) ?? addDays(ctx.today, -7);
    out.push(call(client.id, null, date, 30, 'Discovery call: goals, budget, how retainers work.'));
  }
  return out;
}

/** Work between calls: document reviews and replies for retainers, most of the work for hourly clients. */
export function workLogs(rng: Random, agreements: WorkspaceAgreement[], ctx: ActivityContext): WorkLogDraft[] {
  const out: WorkLogDraft[] = [];
  for (const a of agreements) {
    if (!delivers(a) || a.kind === 'value') continue;
    const last = lastActiveDay(a, ctx.today);
    for (let month = monthStart(a.startDate); month <= last; month = addMonths(month, 1)) {
      const count =
        a.kind === 'project'
          ? rng.int(2, 5)
          : rng.weighted([
              [0, 5],
              [1, 4],
              [2, 1],
            ] as const);
      for (let n = 0; n < count; n += 1) {
        const date = weekdayIn(rng, month, a.startDate, last, a.pauses);
        if (!date) continue;
        out.push(
          a.kind === 'project'
            ? { agreementId: a.id, date, minutes: rng.int(2, 12) * 15, description: rng.pick(PROJECT_LOG_NOTES) }
            : { agreementId: a.id, date, minutes: rng.pick([15, 20, 30, 45, 60]), description: rng.pick(RETAINER_LOG_NOTES) },
        );
      }
    }
  }
  return out.sort((x, y) => x.date.localeCompare(y.date) || x.agreementId.localeCompare(y.agreementId));
}
