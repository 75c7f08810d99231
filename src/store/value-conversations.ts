// A client's value conversation (what they want to achieve, how it is measured, what it is
// worth a year): what pricing by value starts from. One row per client.
import type { ValueConversationsTable } from './schema.ts';
import { qb, type Sql } from './sql.ts';

export interface ValueConversation {
  clientId: string;
  objectives: string;
  measures: string;
  currency: string;
  valueLowMinor: number | null;
  valueHighMinor: number | null;
}

function fromRow(row: ValueConversationsTable): ValueConversation {
  return {
    clientId: row.client_id,
    objectives: row.objectives,
    measures: row.measures,
    currency: row.currency,
    valueLowMinor: row.value_low_minor,
    valueHighMinor: row.value_high_minor,
  };
}

export function findValueConversation(sql: Sql, clientId: string): ValueConversation | undefined {
  const row = sql.first(qb.selectFrom('value_conversations').selectAll().where('client_id', '=', clientId));
  return row ? fromRow(row) : undefined;
}

/** Creates or replaces the client's conversation. */
export function saveValueConversation(sql: Sql, conversation: ValueConversation, nowIso: string): void {
  const values = {
    objectives: conversation.objectives,
    measures: conversation.measures,
    currency: conversation.currency,
    value_low_minor: conversation.valueLowMinor,
    value_high_minor: conversation.valueHighMinor,
    updated_at: nowIso,
  };
  sql.run(
    qb
      .insertInto('value_conversations')
      .values({ client_id: conversation.clientId, ...values })
      .onConflict((oc) => oc.column('client_id').doUpdateSet(values)),
  );
}
