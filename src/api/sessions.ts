import { z } from 'zod';
import { type CalendarAgreement, calendarItems } from '../domain/calendar.ts';
import { availableMinutes, bookedMinutes, freeWeeklySlots } from '../domain/capacity.ts';
import { addDays, dateInZone } from '../domain/dates.ts';
import { calendarDate, id, minutes, shortText, utcInstant } from '../domain/fields.ts';
import { instantText, timestampText } from '../domain/instants.ts';
import { SESSION_KINDS } from '../domain/model.ts';
import { slotOccurrences, wallTimeToInstant } from '../domain/slot.ts';
import { agreementEnd } from '../domain/terms.ts';
import { isLateCancel } from '../domain/usage.ts';
import type { Agreement } from '../store/agreements.ts';
import { searchNotes } from '../store/notes.ts';
import {
  deleteSession,
  findSession,
  findSessionByOccurrence,
  type StoredSession,
  saveSession,
  sessionsBetween,
} from '../store/sessions.ts';
import { activeSlotWindows } from '../store/sessions-slots.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { requireAgreement, requireClient, today } from './agreement-rules.ts';
import { clientNamesOf } from './clients.ts';
import { CadenceError, type Context, handler } from './contract.ts';
import { newId } from './ids.ts';

/** Either a stored session (`id`) or a planned occurrence (`agreementId` + `occurrenceStart`). */
const sessionRef = {
  id: id.optional(),
  agreementId: id.optional(),
  occurrenceStart: utcInstant.optional(),
};
type SessionRef = { id?: string | undefined; agreementId?: string | undefined; occurrenceStart?: string | undefined };

function slotWindow(agreement: Agreement): CalendarAgreement | null {
  if (!agreement.slot || agreement.status !== 'active') return null;
  return {
    id: agreement.id,
    clientId: agreement.clientId,
    slot: agreement.slot,
    startDate: agreement.startDate,
    endDate: agreementEnd(agreement),
    pauses: agreement.pauses,
  };
}

/** The stored session a reference names, creating it from the planned occurrence if needed (not saved yet). */
function resolveSession(ctx: Context, ref: SessionRef): StoredSession {
  if (ref.id) {
    const session = findSession(ctx.store.sql, ref.id);
    if (!session) throw new CadenceError('not_found', 'This session does not exist (it may have been deleted).');
    return session;
  }
  if (!ref.agreementId || !ref.occurrenceStart) {
    throw new CadenceError('invalid_input', 'id: give the session id, or agreementId and occurrenceStart', {
      id: 'or agreementId and occurrenceStart is required',
    });
  }
  const existing = findSessionByOccurrence(ctx.store.sql, ref.agreementId, ref.occurrenceStart);
  if (existing) return existing;
  const agreement = requireAgreement(ctx, ref.agreementId);
  const window = slotWindow(agreement);
  const wanted = Date.parse(ref.occurrenceStart);
  const date = window ? dateInZone(new Date(wanted), window.slot.timeZone) : null;
  const occurrence =
    window && date ? slotOccurrences(window.slot, window, date, date).find((o) => o.start.getTime() === wanted) : undefined;
  if (!window || !occurrence) {
    throw new CadenceError('invalid_input', 'occurrenceStart: is not a planned call of this agreement', {
      occurrenceStart: 'is not a planned call of this agreement',
    });
  }
  return {
    id: newId(),
    clientId: agreement.clientId,
    agreementId: agreement.id,
    start: instantText(occurrence.start),
    plannedMinutes: window.slot.durationMinutes,
    actualMinutes: null,
    status: 'scheduled',
    kind: 'session',
    occurrenceStart: instantText(occurrence.start),
    cancelledAt: null,
    cancelledBy: null,
    notes: '',
  };
}

function write(ctx: Context, session: StoredSession) {
  saveSession(ctx.store.sql, session);
  const settings = getSettings(ctx.store.sql);
  return { ...session, lateCancel: isLateCancel(session, settings.lateCancelHours) };
}

/**
 * The weekly slots of active agreements, remembered until an agreement is written: the
 * calendar is asked again after every session logged, and the slots have not changed.
 */
function slotWindowsOf(ctx: Context): readonly CalendarAgreement[] {
  return ctx.memo('slot-windows', ['agreements'], () => activeSlotWindows(ctx.store.sql));
}

function calendarRange(ctx: Context, from: string, to: string, clientId?: string) {
  const sql = ctx.store.sql;
  const settings = getSettings(sql);
  const fromIso = instantText(wallTimeToInstant(from, '00:00', settings.timeZone));
  const toIso = instantText(wallTimeToInstant(addDays(to, 1), '00:00', settings.timeZone));
  const startsBy = addDays(to, 1);
  const windows = slotWindowsOf(ctx).filter((w) => w.startDate <= startsBy && (!clientId || w.clientId === clientId));
  const sessions = sessionsBetween(sql, fromIso, toIso, clientId);
  // Slot dates are local to each slot's zone: look a day either side, then keep the range.
  // A session moved out of the range still hides its planned occurrence, but shows where it now is.
  const items = calendarItems(windows, sessions, addDays(from, -1), addDays(to, 1), settings.lateCancelHours).filter(
    (item) => item.start >= fromIso && item.start < toIso,
  );
  // The clients shown, in id order: read whole and kept, as a busy week shows most of them
  // and a list of ids as long costs more to send than the rows.
  const shown = new Set(items.map((i) => i.clientId));
  const clients = shown.size ? [...clientNamesOf(ctx)].filter(([clientId]) => shown.has(clientId)) : [];
  return {
    from,
    to,
    timeZone: settings.timeZone,
    workingHours: settings.workingHours,
    clients: Object.fromEntries(clients),
    items,
  };
}

export const sessionHandlers = {
  'calendar.range': handler({
    input: z
      .strictObject({ from: calendarDate, to: calendarDate, clientId: id.optional() })
      .refine((r) => r.from <= r.to, { message: 'must not be before from', path: ['to'] }),
    reads: ['settings', 'clients', 'agreements', 'sessions'],
    writes: [],
    run: (ctx, { from, to, clientId }) => calendarRange(ctx, from, to, clientId),
  }),

  'calendar.capacity': handler({
    // Booked against available hours for a week, and weekly slots free for the next weeks.
    input: z.strictObject({
      weekStart: calendarDate,
      lengthMinutes: z.number().int().min(15, 'must be at least 15').max(480, 'must be at most 480').optional(),
      weeks: z.number().int().min(1).max(26).optional(),
    }),
    reads: ['settings', 'clients', 'agreements', 'sessions'],
    writes: [],
    run: (ctx, { weekStart, lengthMinutes, weeks }) => {
      const settings = getSettings(ctx.store.sql);
      const span = weeks ?? 8;
      const live = (items: { status: string; start: string; end: string }[]) => items.filter((i) => i.status !== 'cancelled');
      const week = live(calendarRange(ctx, weekStart, addDays(weekStart, 6)).items);
      const ahead = live(calendarRange(ctx, weekStart, addDays(weekStart, 7 * span - 1)).items);
      return {
        weekStart,
        bookedMinutes: bookedMinutes(week),
        availableMinutes: availableMinutes(settings.workingHours, weekStart),
        freeSlots: freeWeeklySlots(settings.workingHours, ahead, weekStart, span, lengthMinutes ?? 45, settings.timeZone).map((slot) => ({
          ...slot,
          timeZone: settings.timeZone,
        })),
      };
    },
  }),

  'sessions.log': handler({
    // After a call: planned minutes pre-filled, adjusted, notes typed, saved.
    input: z.strictObject({
      ...sessionRef,
      actualMinutes: minutes,
      kind: z.enum(SESSION_KINDS).optional(),
      notes: shortText(100_000).optional(),
    }),
    reads: ['settings', 'agreements', 'sessions'],
    writes: ['sessions'],
    run: (ctx, { actualMinutes, kind, notes, ...ref }) =>
      ctx.store.sql.transaction(() => {
        const session = resolveSession(ctx, ref);
        return write(ctx, {
          ...session,
          status: 'completed',
          actualMinutes,
          kind: kind ?? session.kind,
          notes: notes ?? session.notes,
          cancelledAt: null,
          cancelledBy: null,
        });
      }),
  }),

  'sessions.noShow': handler({
    input: z.strictObject(sessionRef),
    reads: ['settings', 'agreements', 'sessions'],
    writes: ['sessions'],
    run: (ctx, ref) =>
      ctx.store.sql.transaction(() => {
        const session = resolveSession(ctx, ref);
        return write(ctx, { ...session, status: 'no_show', actualMinutes: null, cancelledAt: null, cancelledBy: null });
      }),
  }),

  'sessions.cancel': handler({
    input: z.strictObject({ ...sessionRef, by: z.enum(['client', 'coach']), cancelledAt: utcInstant.optional() }),
    reads: ['settings', 'agreements', 'sessions'],
    writes: ['sessions'],
    run: (ctx, { by, cancelledAt, ...ref }) =>
      ctx.store.sql.transaction(() => {
        const session = resolveSession(ctx, ref);
        return write(ctx, {
          ...session,
          status: 'cancelled',
          actualMinutes: null,
          cancelledBy: by,
          cancelledAt: cancelledAt ?? timestampText(ctx.now()),
        });
      }),
  }),

  'sessions.reschedule': handler({
    // Only this occurrence moves; the slot stays.
    input: z.strictObject({
      ...sessionRef,
      start: utcInstant,
      plannedMinutes: minutes.refine((v) => v > 0, 'must be more than 0').optional(),
    }),
    reads: ['settings', 'agreements', 'sessions'],
    writes: ['sessions'],
    run: (ctx, { start, plannedMinutes, ...ref }) =>
      ctx.store.sql.transaction(() => {
        const session = resolveSession(ctx, ref);
        return write(ctx, {
          ...session,
          start,
          plannedMinutes: plannedMinutes ?? session.plannedMinutes,
          status: 'scheduled',
          cancelledAt: null,
          cancelledBy: null,
        });
      }),
  }),

  'sessions.reopen': handler({
    // Undo a no-show or a cancellation: back to scheduled.
    input: z.strictObject({ id }),
    reads: ['settings', 'sessions'],
    writes: ['sessions'],
    run: (ctx, { id: sessionId }) =>
      ctx.store.sql.transaction(() => {
        const session = resolveSession(ctx, { id: sessionId });
        return write(ctx, { ...session, status: 'scheduled', actualMinutes: null, cancelledAt: null, cancelledBy: null });
      }),
  }),

  'sessions.create': handler({
    // A session outside the slot: an extended session or a check-in.
    input: z.strictObject({
      clientId: id,
      agreementId: id.nullable().optional(),
      start: utcInstant,
      plannedMinutes: minutes.refine((v) => v > 0, 'must be more than 0'),
      kind: z.enum(SESSION_KINDS),
      notes: shortText(100_000).optional(),
    }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['sessions'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        requireClient(ctx, input.clientId);
        if (input.agreementId) {
          const agreement = requireAgreement(ctx, input.agreementId);
          if (agreement.clientId !== input.clientId) {
            throw new CadenceError('invalid_input', 'agreementId: belongs to another client', { agreementId: 'belongs to another client' });
          }
        }
        return write(ctx, {
          id: newId(),
          clientId: input.clientId,
          agreementId: input.agreementId ?? null,
          start: input.start,
          plannedMinutes: input.plannedMinutes,
          actualMinutes: null,
          status: 'scheduled',
          kind: input.kind,
          occurrenceStart: null,
          cancelledAt: null,
          cancelledBy: null,
          notes: input.notes ?? '',
        });
      }),
  }),

  'sessions.updateNotes': handler({
    input: z.strictObject({ id, notes: shortText(100_000) }),
    reads: ['settings', 'sessions'],
    writes: ['sessions'],
    run: (ctx, { id: sessionId, notes }) =>
      ctx.store.sql.transaction(() => write(ctx, { ...resolveSession(ctx, { id: sessionId }), notes })),
  }),

  'sessions.delete': handler({
    input: z.strictObject({ id }),
    reads: ['sessions'],
    writes: ['sessions'],
    run: (ctx, { id: sessionId }) =>
      ctx.store.sql.transaction(() => {
        resolveSession(ctx, { id: sessionId });
        deleteSession(ctx.store.sql, sessionId);
        return { id: sessionId, deleted: true as const };
      }),
  }),

  'notes.search': handler({
    input: z.strictObject({
      query: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    reads: ['clients', 'sessions'],
    writes: [],
    run: (ctx, { query, limit }) => findNotes(ctx, query, limit ?? 50),
  }),

  'workLogs.create': handler({
    input: z.strictObject({
      agreementId: id,
      date: calendarDate,
      minutes: minutes.refine((v) => v > 0, 'must be more than 0'),
      description: shortText(2000).optional(),
    }),
    reads: ['agreements'],
    writes: ['work_logs'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        requireAgreement(ctx, input.agreementId);
        const log = {
          id: newId(),
          agreement_id: input.agreementId,
          date: input.date,
          minutes: input.minutes,
          description: input.description ?? '',
        };
        ctx.store.sql.run(qb.insertInto('work_logs').values(log));
        return { id: log.id, agreementId: log.agreement_id, date: log.date, minutes: log.minutes, description: log.description };
      }),
  }),

  'workLogs.list': handler({
    input: z.strictObject({ agreementId: id }),
    reads: ['work_logs'],
    writes: [],
    run: (ctx, { agreementId }) =>
      ctx.store.sql
        .all(qb.selectFrom('work_logs').selectAll().where('agreement_id', '=', agreementId).orderBy('date', 'desc'))
        .map((w) => ({ id: w.id, agreementId: w.agreement_id, date: w.date, minutes: w.minutes, description: w.description })),
  }),

  'workLogs.delete': handler({
    input: z.strictObject({ id }),
    reads: ['work_logs'],
    writes: ['work_logs'],
    run: (ctx, { id: logId }) =>
      ctx.store.sql.transaction(() => {
        const result = ctx.store.sql.run(qb.deleteFrom('work_logs').where('id', '=', logId));
        if (result.changes === 0) throw new CadenceError('not_found', 'This work log does not exist.');
        return { id: logId, deleted: true as const };
      }),
  }),

  'sessions.unlogged': handler({
    // Past calls not yet logged: planned occurrences and scheduled sessions of the last 14 days.
    input: z.strictObject({ asOf: calendarDate.optional() }),
    reads: ['settings', 'clients', 'agreements', 'sessions'],
    writes: [],
    run: (ctx, { asOf }) => {
      const date = asOf ?? today(ctx);
      const range = calendarRange(ctx, addDays(date, -14), date);
      const now = timestampText(ctx.now());
      return range.items
        .filter((i) => (i.status === 'planned' || i.status === 'scheduled') && i.end <= now)
        .map((i) => ({
          ...i,
          clientName: range.clients[i.clientId]?.name ?? '',
          clientTimeZone: range.clients[i.clientId]?.timeZone ?? null,
        }));
    },
  }),
};

function findNotes(ctx: Context, query: string, limit: number) {
  const rows = searchNotes(ctx.store.sql, query, limit);
  if (rows.length === 0) return [];
  const clientNames = clientNamesOf(ctx);
  const sessionIds = rows.filter((r) => r.ownerType === 'session').map((r) => r.ownerId);
  const sessionStarts = new Map(
    sessionIds.length
      ? ctx.store.sql.all(qb.selectFrom('sessions').select(['id', 'start']).where('id', 'in', sessionIds)).map((s) => [s.id, s.start])
      : [],
  );
  // The snippet marks matches with control characters; the UI turns them into <mark> as text nodes.
  return rows.map((r) => ({
    ...r,
    clientName: clientNames.get(r.clientId)?.name ?? '',
    sessionStart: r.ownerType === 'session' ? (sessionStarts.get(r.ownerId) ?? null) : null,
    parts: r.snippet
      .split(/(\u0002[^\u0003]*\u0003)/)
      .filter(Boolean)
      .map((part) => (part.startsWith('\u0002') ? { text: part.slice(1, -1), match: true } : { text: part, match: false })),
  }));
}
