import { z } from 'zod';
import { calendarDate, id } from '../domain/fields.ts';
import { burnRate, usageLedger, usageWarning } from '../domain/usage.ts';
import { sessionsForAgreement, workLogsForAgreement } from '../store/sessions.ts';
import { getSettings } from '../store/settings.ts';
import { requireAgreement, today } from './agreement-rules.ts';
import { CadenceError, handler } from './contract.ts';

export const usageHandlers = {
  'usage.ledger': handler({
    input: z.strictObject({ agreementId: id, asOf: calendarDate.optional() }),
    reads: ['settings', 'agreements', 'sessions', 'work_logs'],
    writes: [],
    run: (ctx, { agreementId, asOf }) => {
      const agreement = requireAgreement(ctx, agreementId);
      if (agreement.kind !== 'work' && agreement.kind !== 'access') {
        throw new CadenceError(
          'invalid_input',
          `agreementId: a ${agreement.kind} agreement has no usage ledger (only work and access retainers do)`,
          {
            agreementId: 'must be a work or access agreement',
          },
        );
      }
      const settings = getSettings(ctx.store.sql);
      const date = asOf ?? today(ctx);
      const periods = usageLedger(
        agreement,
        sessionsForAgreement(ctx.store.sql, agreementId),
        workLogsForAgreement(ctx.store.sql, agreementId),
        { timeZone: settings.timeZone, lateCancelHours: settings.lateCancelHours },
        date,
      );
      const current = periods.at(-1);
      return {
        agreementId,
        periods,
        warnings: periods.map((row) => usageWarning(agreement, row)),
        burn: current && current.end >= date ? burnRate(agreement, current, date) : null,
      };
    },
  }),
};
