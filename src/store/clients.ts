import { sql as raw } from 'kysely';
import { balancesByClient } from '../domain/invoices.ts';
import type { MoneyAmount } from '../domain/money.ts';
import { foldForSearch, matchesSearch } from '../domain/text.ts';
import { type OpenInvoice, openInvoices } from './invoices.ts';
import type { ClientsTable } from './schema.ts';
import { qb, type Sql } from './sql.ts';

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
  /** What the client owes on open invoices, per currency (the domain's `balancesByClient`). */
  balances: MoneyAmount[];
  lastSessionAt: string | null;
}

export type ClientSort = 'name' | 'status' | 'created' | 'lastSession' | 'company';

export interface ClientListQuery {
  search?: string | undefined;
  status?: ClientStatus | 'current' | 'all' | undefined;
  sort?: ClientSort | undefined;
  direction?: 'asc' | 'desc' | undefined;
  /** `open`: only clients who owe something on open invoices. */
  balance?: 'open' | undefined;
  /** At most this many rows, the first in the order asked for. */
  limit?: number | undefined;
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

export function clientToRow(client: Client): ClientsTable {
  return {
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
  };
}

export function insertClient(sql: Sql, client: Client): void {
  sql.run(qb.insertInto('clients').values(clientToRow(client)));
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
    sql.first(
      qb
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('client_id', '=', id),
    )?.n ?? 0;
  return { agreements: count('agreements'), sessions: count('sessions'), invoices: count('invoices') };
}

export interface ClientName {
  name: string;
  timeZone: string;
}

/** Each client's name and zone by id: of every client in id order, or of the given ids. */
export function clientNames(sql: Sql, ids?: readonly string[]): Map<string, ClientName> {
  const names = new Map<string, ClientName>();
  const query = qb.selectFrom('clients').select(['id', 'name', 'time_zone']);
  const add = (rows: { id: string; name: string; time_zone: string }[]) => {
    for (const row of rows) names.set(row.id, { name: row.name, timeZone: row.time_zone });
  };
  if (!ids) add(sql.all(query.orderBy('id')));
  // In chunks that stay under SQLite's limit on bound parameters.
  else for (let i = 0; i < ids.length; i += 900) add(sql.all(query.where('id', 'in', ids.slice(i, i + 900))));
  return names;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The clients list with each row's agreement, balance and last session. `open` is the
 * practice's open invoices (see `openInvoices`); the API passes a remembered copy.
 */
export function listClients(sql: Sql, query: ClientListQuery, open: readonly OpenInvoice[] = openInvoices(sql)): ClientRow[] {
  let select = qb.selectFrom('clients as c').select(['c.id', 'c.name', 'c.company', 'c.email', 'c.status', 'c.time_zone', 'c.created_at']);
  const status = query.status ?? 'current';
  if (status === 'current') select = select.where('c.status', '!=', 'archived');
  else if (status !== 'all') select = select.where('c.status', '=', status);
  let rows = sql.all(select);

  const search = query.search?.trim();
  if (search) {
    rows = rows.filter((row) => matchesSearch(foldForSearch(`${row.name} ${row.company ?? ''} ${row.email ?? ''}`), search));
  }
  const balances = balancesByClient(open);
  if (query.balance === 'open') rows = rows.filter((row) => balances.get(row.id)?.length);

  const result: ClientRow[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    company: row.company,
    email: row.email,
    status: row.status,
    timeZone: row.time_zone,
    createdAt: row.created_at,
    agreement: null,
    balances: balances.get(row.id) ?? [],
    lastSessionAt: null,
  }));
  const sort = query.sort ?? 'name';
  // The last session is looked up before sorting only when it is the sort key; otherwise
  // for the rows kept (the six newest clients on Today need six lookups, not thousands).
  if (sort === 'lastSession') fillLastSessions(sql, result);
  const sorted = sortClients(result, sort, query.direction ?? 'asc');
  const shown = query.limit === undefined ? sorted : sorted.slice(0, query.limit);
  if (sort !== 'lastSession') fillLastSessions(sql, shown);
  // The agreement is not a sort key, so it is looked up for the rows kept only.
  const agreements = agreementByClient(sql, shown.length <= FEW_CLIENTS ? shown.map((row) => row.id) : undefined);
  for (const row of shown) row.agreement = agreements.get(row.id) ?? null;
  return shown;
}

/** Each row's newest completed session: one index lookup per client, not a scan of them all. */
function fillLastSessions(sql: Sql, rows: ClientRow[]): void {
  if (rows.length === 0) return;
  let select = qb
    .selectFrom('clients as c')
    .select('c.id')
    .select((eb) =>
      eb
        .selectFrom('sessions as s')
        .select((inner) => inner.fn.max('s.start').as('last'))
        .whereRef('s.client_id', '=', 'c.id')
        .where('s.status', '=', 'completed')
        .as('last_session_at'),
    );
  if (rows.length <= FEW_CLIENTS)
    select = select.where(
      'c.id',
      'in',
      rows.map((row) => row.id),
    );
  const last = new Map(sql.all(select).map((row) => [row.id, (row.last_session_at as string | null) ?? null]));
  for (const row of rows) row.lastSessionAt = last.get(row.id) ?? null;
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

// For a few clients their agreements by id; for more, one pass over every proposal and
// active agreement (a few per client) costs less than a list of ids as long.
const FEW_CLIENTS = 200;

function agreementByClient(sql: Sql, clientIds?: string[]): Map<string, NonNullable<ClientRow['agreement']>> {
  let query = qb
    .selectFrom('agreements')
    .select(['id', 'client_id', 'kind', 'title', 'status', 'fee_minor', 'currency', 'period_months', 'start_date'])
    .where('status', 'in', ['active', 'sent'])
    .orderBy('start_date')
    // Of two starting the same day, the one stored later wins.
    .orderBy(raw`rowid`);
  if (clientIds) query = query.where('client_id', 'in', clientIds.length > 0 ? clientIds : ['']);
  const rows = sql.all(query);
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
