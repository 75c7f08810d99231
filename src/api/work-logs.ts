// Work logged against an agreement outside its sessions (preparation, reviews).
import { z } from 'zod';
import { calendarDate, id, minutes, shortText } from '../domain/fields.ts';
import { insertWorkLog, listWorkLogs } from '../store/sessions.ts';
import { qb } from '../store/sql.ts';
import { requireAgreement } from './agreement-rules.ts';
import { CadenceError, handler } from './contract.ts';
import { newId } from './ids.ts';

export const workLogHandlers = {
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
          agreementId: input.agreementId,
          date: input.date,
          minutes: input.minutes,
          description: input.description ?? '',
        };
        insertWorkLog(ctx.store.sql, log);
        return log;
      }),
  }),

  'workLogs.list': handler({
    input: z.strictObject({ agreementId: id }),
    reads: ['work_logs'],
    writes: [],
    run: (ctx, { agreementId }) => listWorkLogs(ctx.store.sql, agreementId),
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
};
