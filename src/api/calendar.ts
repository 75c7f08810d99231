import { z } from 'zod';
import { buildIcs } from '../documents/ics.ts';
import { id } from '../domain/fields.ts';
import { agreementEnd } from '../domain/terms.ts';
import { readAgreements } from '../store/agreements.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { requireClient } from './agreement-rules.ts';
import { clientNamesOf } from './clients.ts';
import { handler } from './contract.ts';

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
};
