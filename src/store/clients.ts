import { qb, type Sql } from './sql.ts';
import type { ClientsTable } from './schema.ts';
import { foldForSearch, matchesSearch } from '../domain/text.ts';

export type ClientStatus = ClientsTable['status'];

export interface Client {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  timeZone: string;
  status: ClientStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface MoneyAmount {
  currency: string;
  amountMinor: number;
}

export interface ClientRow {
  id: string;
  name: string;
  company: string | null;
  email: string | null;
  status: ClientStatus;
  timeZone: string;
  createdAt: string;
  /** The agreement in force or most recent active one, if any. */
  agreement: { id: string; kind: string; title: string; status: string; feeMinor: number; currency: string; periodMonths: number } | null;
  /** What the client owes on issued invoices, per currency (no currency appears with 0). */
  balances: MoneyAmount[];
  lastSessionAt: string | null;
}

export type ClientSort = 'name' | 'status' | 'created' | 'lastSession' | 'company';

export interface ClientListQuery {
  search?: string | undefined;
  status?: ClientStatus | 'current' | 'all' | undefined;
  sort?: ClientSort | undefined;
  direction?: 'asc' | 'desc' | undefined;
}

export function toClient(row: ClientsTable): Client {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    company: row.company,
    timeZone: row.time_zone,
    status: row.status,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findClient(sql: Sql, id: string): Client | undefined {
  const row = sql.first(qb.selectFrom('clients').selectAll().where('id', '=', id));
  return row ? toClient(row) : undefined;
}

export function insertClient(sql: Sql, client: Client): void {
  sql.run(
    qb.insertInto('clients').values({
      id: client.id,
      name: client.name,
      email: client.email,
      phone: client.phone,
      company: client.company,
      time_zone: client.timeZone,
      status: client.status,
      notes: client.notes,
      created_at: client.createdAt,
      updated_at: client.updatedAt,
    }),
  );
}

export function updateClient(sql: Sql, id: string, patch: Partial<Omit<Client, 'id' | 'createdAt'>>): void {
  const values: Partial<ClientsTable> = {};
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.email !== undefined) values.email = patch.email;
  if (patch.phone !== undefined) values.phone = patch.phone;
  if (patch.company !== undefined) values.company = patch.company;
  if (patch.timeZone !== undefined) values.time_zone = patch.timeZone;
  if (patch.status !== undefined) values.status = patch.status;
  if (patch.notes !== undefined) values.notes = patch.notes;
  if (patch.updatedAt !== undefined) values.updated_at = patch.updatedAt;
  sql.run(qb.updateTable('clients').set(values).where('id', '=', id));
}

export function deleteClient(sql: Sql, id: string): void {
  sql.run(qb.deleteFrom('clients').where('id', '=', id));
}

/** How many records refer to a client; a client with any cannot be deleted. */
export function clientReferences(sql: Sql, id: string): { agreements: number; sessions: number; invoices: number } {
  const count = (table: 'agreements' | 'sessions' | 'invoices') =>
    sql.first(qb.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('client_id', '=', id))?.n ?? 0;
  return { agreements: count('agreements'), sessions: count('sessions'), invoices: count('invoices') };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function listClients(sql: Sql, query: ClientListQuery): ClientRow[] {
  let select = qb
    .selectFrom('clients')
    .select(['id', 'name', 'company', 'email', 'status', 'time_zone', 'created_at', 'notes']);
  const status = query.status ?? 'current';
  if (status === 'current') select = select.where('status', '!=', 'archived');
  else if (status !== 'all') select = select.where('status', '=', status);
  let rows = sql.all(select);

  const search = query.search?.trim();
  if (search) {
    rows = rows.filter((row) =>
      matchesSearch(foldForSearch(`${row.name} ${row.company ?? ''} ${row.email ?? ''}`), search),
    );
  }
  const ids = rows.map((row) => row.id);
  const agreements = agreementByClient(sql, ids);
  const balances = balancesByClient(sql, ids);
  const lastSessions = lastSessionByClient(sql, ids);

  const result: ClientRow[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    company: row.company,
    email: row.email,
    status: row.status,
    timeZone: row.time_zone,
    createdAt: row.created_at,
    agreement: agreements.get(row.id) ?? null,
    balances: balances.get(row.id) ?? [],
    lastSessionAt: lastSessions.get(row.id) ?? null,
  }));
  return sortClients(result, query.sort ?? 'name', query.direction ?? 'asc');
}

function sortClients(rows: ClientRow[], sort: ClientSort, direction: 'asc' | 'desc'): ClientRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: ClientRow, b: ClientRow) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const key: Record<ClientSort, (a: ClientRow, b: ClientRow) => number> = {
    name: byName,
    company: (a, b) => collator.compare(a.company ?? '', b.company ?? ''),
    status: (a, b) => a.status.localeCompare(b.status),
    created: (a, b) => a.createdAt.localeCompare(b.createdAt),
    // Clients never seen sort last whichever way.
    lastSession: (a, b) => (a.lastSessionAt ?? '').localeCompare(b.lastSessionAt ?? ''),
  };
  return rows.sort((a, b) => sign * key[sort](a, b) || byName(a, b));
}

// Aggregates are asked only for the clients shown, in chunks that stay under SQLite's
// limit on bound parameters.
function inChunks<T>(ids: string[], fn: (chunk: string[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 900) out.push(...fn(ids.slice(i, i + 900)));
  return out;
}

function agreementByClient(sql: Sql, ids: string[]): Map<string, NonNullable<ClientRow['agreement']>> {
  const rows = inChunks(ids, (chunk) =>
    sql.all(
      qb
        .selectFrom('agreements')
        .select(['id', 'client_id', 'kind', 'title', 'status', 'fee_minor', 'currency', 'period_months', 'start_date'])
        .where('client_id', 'in', chunk)
        .where('status', 'in', ['active', 'sent'])
        .orderBy('start_date'),
    ),
  );
  const map = new Map<string, NonNullable<ClientRow['agreement']>>();
  // Latest start wins, and an active agreement beats a proposal.
  for (const row of rows) {
    const current = map.get(row.client_id);
    if (current && current.status === 'active' && row.status !== 'active') continue;
    map.set(row.client_id, {
      id: row.id,
      kind: row.kind,
      title: row.title,
      status: row.status,
      feeMinor: row.fee_minor,
      currency: row.currency,
      periodMonths: row.period_months,
    });
  }
  return map;
}

function balancesByClient(sql: Sql, ids: string[]): Map<string, MoneyAmount[]> {
  // Two grouped sums (lines and payments of issued invoices) instead of a subquery per
  // invoice; payments never exceed an invoice's balance, so the difference is what is owed.
  const sums = (kind: 'lines' | 'payments') =>
    inChunks(ids, (chunk) => {
      const base = qb.selectFrom('invoices as i').where('i.status', '=', 'issued').where('i.client_id', 'in', chunk);
      return kind === 'lines'
        ? sql.all(base.innerJoin('invoice_lines as l', 'l.invoice_id', 'i.id').select(['i.client_id', 'i.currency', (eb) => eb.fn.sum<number>('l.amount_minor').as('amount')]).groupBy(['i.client_id', 'i.currency']))
        : sql.all(base.innerJoin('payments as p', 'p.invoice_id', 'i.id').select(['i.client_id', 'i.currency', (eb) => eb.fn.sum<number>('p.amount_minor').as('amount')]).groupBy(['i.client_id', 'i.currency']));
    });
  const owed = new Map<string, Map<string, number>>();
  const add = (clientId: string, currency: string, amount: number) => {
    const byCurrency = owed.get(clientId) ?? new Map<string, number>();
    byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + amount);
    owed.set(clientId, byCurrency);
  };
  for (const row of sums('lines')) add(row.client_id, row.currency, row.amount);
  for (const row of sums('payments')) add(row.client_id, row.currency, -row.amount);
  return new Map(
    [...owed].map(([id, byCurrency]) => [
      id,
      [...byCurrency].filter(([, amount]) => amount > 0).sort().map(([currency, amountMinor]) => ({ currency, amountMinor })),
    ]),
  );
}

function lastSessionByClient(sql: Sql, ids: string[]): Map<string, string> {
  const rows = inChunks(ids, (chunk) =>
    sql.all(
      qb
        .selectFrom('sessions')
        .select(['client_id', (eb) => eb.fn.max('start').as('last')])
        .where('client_id', 'in', chunk)
        .where('status', '=', 'completed')
        .groupBy('client_id'),
    ),
  );
  return new Map(rows.map((row) => [row.client_id, row.last as string]));
}
