import type { WorkspaceAgreement } from '../domain/model.ts';
import { groupBy, insertMany } from './bulk.ts';
import type { AgreementPausesTable, AgreementSlotsTable } from './schema.ts';
import { qb, type Sql } from './sql.ts';

/** A whole agreement, in the shape of the workspace file. */
export type Agreement = WorkspaceAgreement;

/** A client's agreements, the latest start first (of two starting the same day, by id). */
export function listAgreementsForClient(sql: Sql, clientId: string): Agreement[] {
  // readAgreements gives id order and the sort is stable.
  return readAgreements(sql, { clientId }).sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
}

type Slot = NonNullable<Agreement['slot']>;

/** A slot row (or the slot columns of a join) as the model's slot. */
export function slotFromRow(row: Omit<AgreementSlotsTable, 'agreement_id'>): Slot {
  return {
    weekday: row.weekday,
    time: row.time,
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    intervalWeeks: row.interval_weeks as Slot['intervalWeeks'],
  };
}

export function pauseFromRow(row: Pick<AgreementPausesTable, 'from_date' | 'to_date'>): Agreement['pauses'][number] {
  return { from: row.from_date, to: row.to_date };
}

/** Inserts whole agreements (with slot, pauses, installments and cancellation) in bulk. */
export function insertAgreements(sql: Sql, agreements: Agreement[], nowIso: string): void {
  insertMany(
    sql,
    'agreements',
    agreements.map((a) => agreementRow(a, nowIso)),
  );
  insertChildren(sql, agreements);
}

function agreementRow(a: Agreement, nowIso: string) {
  return {
    id: a.id,
    client_id: a.clientId,
    kind: a.kind,
    status: a.status,
    title: a.title,
    currency: a.currency,
    start_date: a.startDate,
    term_months: a.termMonths,
    auto_renew: a.autoRenew ? 1 : 0,
    notice_days: a.noticeDays,
    period_months: a.periodMonths,
    fee_minor: a.feeMinor,
    included_minutes: a.includedMinutes,
    rollover_cap_minutes: a.rolloverCapMinutes,
    overage_rate_minor_per_hour: a.overageRateMinorPerHour,
    overage_increment_minutes: a.overageIncrementMinutes,
    fair_use_minutes: a.fairUseMinutes,
    hourly_rate_minor: a.hourlyRateMinor,
    agreed_value_minor: a.agreedValueMinor,
    renewal_probability: a.renewalProbability,
    sent_at: a.sentAt,
    signed_at: a.signedAt,
    created_at: nowIso,
    updated_at: nowIso,
  };
}

function insertChildren(sql: Sql, agreements: Agreement[]): void {
  insertMany(
    sql,
    'agreement_slots',
    agreements.flatMap((a) =>
      a.slot
        ? [
            {
              agreement_id: a.id,
              weekday: a.slot.weekday,
              time: a.slot.time,
              time_zone: a.slot.timeZone,
              duration_minutes: a.slot.durationMinutes,
              interval_weeks: a.slot.intervalWeeks,
            },
          ]
        : [],
    ),
  );
  insertMany(
    sql,
    'agreement_pauses',
    agreements.flatMap((a) => a.pauses.map((p, position) => ({ agreement_id: a.id, position, from_date: p.from, to_date: p.to }))),
  );
  insertMany(
    sql,
    'agreement_installments',
    agreements.flatMap((a) =>
      a.installments.map((i, position) => ({ agreement_id: a.id, position, due_date: i.dueDate, amount_minor: i.amountMinor })),
    ),
  );
  insertMany(
    sql,
    'agreement_cancellations',
    agreements.flatMap((a) =>
      a.cancellation
        ? [{ agreement_id: a.id, notice_given_on: a.cancellation.noticeGivenOn, effective_date: a.cancellation.effectiveDate }]
        : [],
    ),
  );
}

/** Writes an existing agreement's terms and children in place (the caller opens the transaction). */
export function replaceAgreement(sql: Sql, agreement: Agreement, nowIso: string): void {
  const { id, created_at: _created, ...values } = agreementRow(agreement, nowIso);
  sql.run(qb.updateTable('agreements').set(values).where('id', '=', id));
  for (const table of ['agreement_slots', 'agreement_pauses', 'agreement_installments', 'agreement_cancellations'] as const) {
    sql.run(qb.deleteFrom(table).where('agreement_id', '=', id));
  }
  insertChildren(sql, [agreement]);
}

/** Full agreements, in id order; all of them, or those of the given ids or client. */
export function readAgreements(sql: Sql, filter: { ids?: string[]; clientId?: string } = {}): Agreement[] {
  let query = qb.selectFrom('agreements').selectAll().orderBy('id');
  if (filter.ids) query = query.where('id', 'in', filter.ids.length > 0 ? filter.ids : ['']);
  if (filter.clientId) query = query.where('client_id', '=', filter.clientId);
  const agreements = sql.all(query);
  if (agreements.length === 0) return [];
  // For a few agreements ask for their children only; for many, one scan of each table.
  const few = agreements.length <= 200;
  const ids = agreements.map((a) => a.id);
  const slotsQuery = qb.selectFrom('agreement_slots').selectAll();
  const pausesQuery = qb.selectFrom('agreement_pauses').selectAll().orderBy('agreement_id').orderBy('position');
  const installmentsQuery = qb.selectFrom('agreement_installments').selectAll().orderBy('agreement_id').orderBy('position');
  const cancellationsQuery = qb.selectFrom('agreement_cancellations').selectAll();
  const slots = new Map(sql.all(few ? slotsQuery.where('agreement_id', 'in', ids) : slotsQuery).map((s) => [s.agreement_id, s]));
  const pauses = groupBy(sql.all(few ? pausesQuery.where('agreement_id', 'in', ids) : pausesQuery), (p) => p.agreement_id);
  const installments = groupBy(
    sql.all(few ? installmentsQuery.where('agreement_id', 'in', ids) : installmentsQuery),
    (i) => i.agreement_id,
  );
  const cancellations = new Map(
    sql.all(few ? cancellationsQuery.where('agreement_id', 'in', ids) : cancellationsQuery).map((c) => [c.agreement_id, c]),
  );

  return agreements.map((a) => {
    const slot = slots.get(a.id);
    const cancellation = cancellations.get(a.id);
    return {
      id: a.id,
      clientId: a.client_id,
      kind: a.kind,
      status: a.status,
      title: a.title,
      currency: a.currency,
      startDate: a.start_date,
      termMonths: a.term_months,
      autoRenew: a.auto_renew === 1,
      noticeDays: a.notice_days,
      periodMonths: a.period_months as 1 | 3,
      feeMinor: a.fee_minor,
      includedMinutes: a.included_minutes,
      rolloverCapMinutes: a.rollover_cap_minutes,
      overageRateMinorPerHour: a.overage_rate_minor_per_hour,
      overageIncrementMinutes: a.overage_increment_minutes,
      fairUseMinutes: a.fair_use_minutes,
      hourlyRateMinor: a.hourly_rate_minor,
      agreedValueMinor: a.agreed_value_minor,
      installments: (installments.get(a.id) ?? []).map((i) => ({ dueDate: i.due_date, amountMinor: i.amount_minor })),
      renewalProbability: a.renewal_probability,
      slot: slot ? slotFromRow(slot) : null,
      pauses: (pauses.get(a.id) ?? []).map(pauseFromRow),
      cancellation: cancellation ? { noticeGivenOn: cancellation.notice_given_on, effectiveDate: cancellation.effective_date } : null,
      sentAt: a.sent_at,
      signedAt: a.signed_at,
    };
  });
}
