// Queries are built with kysely and run synchronously by better-sqlite3: kysely only
// compiles (a DummyDriver never executes), which keeps every transaction a plain
// synchronous better-sqlite3 transaction with nothing interleaved inside it.
import type BetterSqlite3 from 'better-sqlite3';
import { type Compilable, DummyDriver, Kysely, type RawBuilder, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Database } from './schema.ts';

const compileOnly = {
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
};

export const qb = new Kysely<Database>(compileOnly);

/** Any table, any column: the shape a migration's builder takes. */
type UntypedSchema = Record<string, Record<string, unknown>>;

/**
 * For migrations: they describe the schema as it was when they were written, so they
 * must not be typed by today's schema.
 */
export const migrationQb = new Kysely<UntypedSchema>(compileOnly);

/** Raw SQL for what kysely cannot say (virtual tables, triggers), in the store folder only. */
export function rawStatement(statement: RawBuilder<unknown>): Compilable<unknown> {
  return { compile: () => statement.compile(migrationQb) };
}

type Row<Q> = Q extends Compilable<infer O> ? O : never;

export class Sql {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  readonly sqlite: BetterSqlite3.Database;
  constructor(sqlite: BetterSqlite3.Database) {
    this.sqlite = sqlite;
  }

  private prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<Q extends Compilable<unknown>>(query: Q): Row<Q>[] {
    const compiled = query.compile();
    return this.prepare(compiled.sql).all(...(compiled.parameters as unknown[])) as Row<Q>[];
  }

  first<Q extends Compilable<unknown>>(query: Q): Row<Q> | undefined {
    const compiled = query.compile();
    return this.prepare(compiled.sql).get(...(compiled.parameters as unknown[])) as Row<Q> | undefined;
  }

  run(query: Compilable<unknown>): BetterSqlite3.RunResult {
    const compiled = query.compile();
    const statement = this.prepare(compiled.sql);
    // DDL and statements that return nothing are run; a RETURNING query would need .all.
    return statement.run(...(compiled.parameters as unknown[]));
  }

  /** Runs fn in one transaction: all of it is written, or none of it. */
  transaction<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)();
  }
}
