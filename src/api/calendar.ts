import { z } from 'zod';
import { buildIcs } from '../documents/ics.ts';
import { type CalendarAgreement, calendarItems } from '../domain/calendar.ts';
import { availableMinutes, bookedMinutes, freeWeeklySlots } from '../domain/capacity.ts';
import { addDays } from '../domain/dates.ts';
import { calendarDate, id } from '../domain/fields.ts';
import { instantText } from '../domain/instants.ts';
import { wallTimeToInstant } from '../domain/slot.ts';
import { agreementEnd } from '../domain/terms.ts';
import { readAgreements } from '../store/agreements.ts';
import { sessionsBetween } from '../store/sessions.ts';
import { activeSlotWindows } from '../store/sessions-slots.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { requireClient } from './agreement-rules.ts';
import { clientNamesOf } from './clients.ts';
import { type Context, handler } from './contract.ts';

/**
 * The weekly slots of active agreements, remembered until an agreement is written: the
 * calendar is asked again after every session logged, and the slots have not changed.
 */
function slotWindowsOf(ctx: Context): readonly CalendarAgreement[] {
  return ctx.memo('slot-windows', ['agreements'], () => activeSlotWindows(ctx.store.sql));
}

export function calendarRange(ctx: Context, from: string, to: string, clientId?: string) {
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

export const calendarHandlers = {
  'calendar.ics': handler({
    input: z.strictObject({ clientId: id.optional() }),
    reads: ['settings', 'clients', 'agreements', 'sessions'],
    writes: [],
    run: (ctx, { clientId }) => {
      const sql = ctx.store.sql;
      if (clientId) requireClient(ctx, clientId);
      const names = clientNamesOf(ctx);
      const agreements = readAgreements(sql, clientId ? { clientId } : {})
        .filter((a) => a.status === 'active' && a.slot !== null)
        .map((a) => ({
          id: a.id,
          clientName: names.get(a.clientId)?.name ?? '',
          title: a.title,
          slot: a.slot!,
          startDate: a.startDate,
          endDate: agreementEnd(a),
          pauses: a.pauses,
        }));
      let sessionQuery = qb
        .selectFrom('sessions')
        .select(['id', 'client_id', 'agreement_id', 'start', 'planned_minutes', 'actual_minutes', 'status', 'kind', 'occurrence_start'])
        .orderBy('start');
      if (clientId) sessionQuery = sessionQuery.where('client_id', '=', clientId);
      const sessions = sql.all(sessionQuery).map((s) => ({
        id: s.id,
        agreementId: s.agreement_id,
        clientName: names.get(s.client_id)?.name ?? '',
        start: s.start,
        plannedMinutes: s.planned_minutes,
        actualMinutes: s.actual_minutes,
        status: s.status,
        kind: s.kind,
        occurrenceStart: s.occurrence_start,
      }));
      const name = clientId ? `Cadence: ${names.get(clientId)?.name}` : `Cadence: ${getSettings(sql).businessName || 'calls'}`;
      const content = buildIcs({ name, agreements, sessions, now: ctx.now() });
      return { fileName: clientId ? `cadence-${clientId}.ics` : 'cadence.ics', content };
    },
  }),

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
};
