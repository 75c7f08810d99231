import type { Insertable } from 'kysely';
import type { Database } from './schema.ts';
import { qb, type Sql } from './sql.ts';

type TableName = keyof Database;

/** Inserts rows in multi-row statements small enough for SQLite's parameter limit. */
export function insertMany<T extends TableName>(sql: Sql, table: T, rows: Insertable<Database[T]>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const perStatement = Math.max(1, Math.floor(30000 / columns));
  for (let i = 0; i < rows.length; i += perStatement) {
    sql.run(qb.insertInto(table).values(rows.slice(i, i + perStatement) as never));
  }
}

export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}
