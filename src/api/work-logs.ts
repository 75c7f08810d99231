// Work logged against an agreement outside its sessions (preparation, reviews).
import { z } from 'zod';
import { calendarDate, id, minutes, shortText } from '../domain/fields.ts';
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
};
