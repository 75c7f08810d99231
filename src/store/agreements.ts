import { qb, type Sql } from './sql.ts';
import type { AgreementsTable } from './schema.ts';

export interface AgreementSummary {
  id: string;
  clientId: string;
  kind: AgreementsTable['kind'];
  status: AgreementsTable['status'];
  title: string;
  currency: string;
  startDate: string;
  termMonths: number | null;
  periodMonths: number;
  feeMinor: number;
}

export function listAgreementsForClient(sql: Sql, clientId: string): AgreementSummary[] {
  return sql
    .all(
      qb
        .selectFrom('agreements')
        .select(['id', 'client_id', 'kind', 'status', 'title', 'currency', 'start_date', 'term_months', 'period_months', 'fee_minor'])
        .where('client_id', '=', clientId)
        .orderBy('start_date', 'desc')
        .orderBy('id'),
    )
    .map((row) => ({
      id: row.id,
      clientId: row.client_id,
      kind: row.kind,
      status: row.status,
      title: row.title,
      currency: row.currency,
      startDate: row.start_date,
      termMonths: row.term_months,
      periodMonths: row.period_months,
      feeMinor: row.fee_minor,
    }));
}
