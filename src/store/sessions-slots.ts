// The weekly slots the calendar expands into planned sessions: only what an occurrence
// needs (the slot, the start, the end and the pauses) of the active agreements that have
// one, in two queries instead of every agreement with all its parts.

import type { CalendarAgreement } from '../domain/calendar.ts';
import { agreementEnd } from '../domain/terms.ts';
import { pauseFromRow, slotFromRow } from './agreements.ts';
import { groupBy } from './bulk.ts';
import { qb, type Sql } from './sql.ts';

/** Every active agreement with a slot, in id order (or one client's). */
export function activeSlotWindows(sql: Sql, clientId?: string): CalendarAgreement[] {
  let query = qb
    .selectFrom('agreements as a')
    .innerJoin('agreement_slots as s', 's.agreement_id', 'a.id')
    .leftJoin('agreement_cancellations as c', 'c.agreement_id', 'a.id')
    .select([
      'a.id',
      'a.client_id',
      'a.status',
      'a.start_date',
      'a.term_months',
      'a.auto_renew',
      'a.notice_days',
      's.weekday',
      's.time',
      's.time_zone',
      's.duration_minutes',
      's.interval_weeks',
      'c.notice_given_on',
      'c.effective_date',
    ])
    .where('a.status', '=', 'active')
    .orderBy('a.id');
  if (clientId) query = query.where('a.client_id', '=', clientId);
  const rows = sql.all(query);
  if (rows.length === 0) return [];

  let pausesQuery = qb
    .selectFrom('agreement_pauses as p')
    .innerJoin('agreements as a', 'a.id', 'p.agreement_id')
    .select(['p.agreement_id', 'p.from_date', 'p.to_date'])
    .where('a.status', '=', 'active')
    .orderBy('p.agreement_id')
    .orderBy('p.position');
  if (clientId) pausesQuery = pausesQuery.where('a.client_id', '=', clientId);
  const pauses = groupBy(sql.all(pausesQuery), (p) => p.agreement_id);

  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    slot: slotFromRow(row),
    startDate: row.start_date,
    endDate: agreementEnd({
      status: row.status,
      startDate: row.start_date,
      termMonths: row.term_months,
      autoRenew: row.auto_renew === 1,
      noticeDays: row.notice_days,
      cancellation:
        row.notice_given_on !== null && row.effective_date !== null
          ? { noticeGivenOn: row.notice_given_on, effectiveDate: row.effective_date }
          : null,
    }),
    pauses: (pauses.get(row.id) ?? []).map(pauseFromRow),
  }));
}
