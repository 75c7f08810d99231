import { z } from 'zod';
import type { CalendarAgreement } from '../domain/calendar.ts';
import { addDays, dateInZone } from '../domain/dates.ts';
import { calendarDate, id, minutes, shortText, utcInstant } from '../domain/fields.ts';
import { instantText, timestampText } from '../domain/instants.ts';
import { SESSION_KINDS } from '../domain/model.ts';
import { checkSessionOutcome, type SessionOutcome } from '../domain/session-outcome.ts';
import { slotOccurrences } from '../domain/slot.ts';
import { agreementEnd } from '../domain/terms.ts';
import { isLateCancel } from '../domain/usage.ts';
import type { Agreement } from '../store/agreements.ts';
import { deleteSession, findSession, findSessionByOccurrence, type StoredSession, saveSession } from '../store/sessions.ts';
import { getSettings } from '../store/settings.ts';
import { requireAgreement, requireClient, today } from './agreement-rules.ts';
import { calendarRange } from './calendar.ts';
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

/** The cancelledAt to store for this outcome now, or the field problem (nothing written). */
function outcomeAllowed(ctx: Context, session: StoredSession, outcome: SessionOutcome, cancelledAt?: string): string | null {
  const check = checkSessionOutcome({ start: session.start, now: timestampText(ctx.now()), outcome, cancelledAt });
  if (!check.ok) throw new CadenceError('invalid_input', `${check.field}: ${check.message}`, { [check.field]: check.message });
  return check.cancelledAt;
}

function write(ctx: Context, session: StoredSession) {
  saveSession(ctx.store.sql, session);
  const settings = getSettings(ctx.store.sql);
  return { ...session, lateCancel: isLateCancel(session, settings.lateCancelHours) };
}

export const sessionHandlers = {
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
        outcomeAllowed(ctx, session, 'completed');
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
        outcomeAllowed(ctx, session, 'no_show');
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
        const at = outcomeAllowed(ctx, session, 'cancelled', cancelledAt);
        return write(ctx, {
          ...session,
          status: 'cancelled',
          actualMinutes: null,
          cancelledBy: by,
          cancelledAt: at,
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
