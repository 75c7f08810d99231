import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { backupFolder, openStore } from '../../src/store/open.ts';
import { tempDir } from './helpers.ts';

function schemaOf(sqlite: Sqlite.Database): string {
  const rows = sqlite
    .prepare("select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' order by type, name")
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((row) => `-- ${row.type} ${row.name}\n${row.sql};\n`).join('\n');
}

describe('store', () => {
  it('builds the schema from zero exactly as the committed snapshot', async () => {
    const store = await openStore(':memory:');
    await expect(schemaOf(store.sqlite)).toMatchFileSnapshot('../fixtures/schema.sql');
    store.close();
  });

  it('opens with the pragmas of the architecture', async () => {
    const dir = tempDir();
    const store = await openStore(path.join(dir, 'w.db'));
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    store.close();
  });

  it('records every migration once and does not run them again', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.db');
    (await openStore(file)).close();
    const store = await openStore(file);
    const names = store.sqlite.prepare('select name from cadence_migrations order by name').all() as { name: string }[];
    expect(names.map((n) => n.name)).toEqual(migrations.map((m) => m.name));
    store.close();
    expect(fs.existsSync(backupFolder(file))).toBe(false); // nothing pending, no backup
  });

  it('backs up a non-empty database before applying a new migration, and applies it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.db');
    const first = await openStore(file);
    first.sqlite
      .prepare(
        "insert into clients (id, name, time_zone, status, notes, created_at, updated_at) values ('c1', 'Ada', 'UTC', 'active', '', 'x', 'x')",
      )
      .run();
    // Pretend the last migration is new to this file.
    const last = migrations.find((m) => m.name.endsWith('create-invoice-number-counters'))!;
    first.sqlite.prepare('delete from cadence_migrations where name = ?').run(last.name);
    first.sqlite.exec('drop table invoice_number_counters');
    first.close();

    const store = await openStore(file);
    const backups = fs.readdirSync(backupFolder(file));
    expect(backups).toHaveLength(1);
    const copy = new Sqlite(path.join(backupFolder(file), backups[0]!), { readonly: true });
    expect(copy.prepare('select name from clients').all()).toEqual([{ name: 'Ada' }]);
    expect(copy.prepare("select count(*) n from sqlite_master where name = 'invoice_number_counters'").get()).toEqual({ n: 0 });
    copy.close();
    expect(store.sqlite.prepare("select count(*) n from sqlite_master where name = 'invoice_number_counters'").get()).toEqual({ n: 1 });
    store.close();
  });

  it('a migration that fails part-way leaves the database as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.db');
    const first = await openStore(file);
    const last = migrations.find((m) => m.name.endsWith('create-invoice-number-counters'))!;
    first.sqlite.prepare('delete from cadence_migrations where name = ?').run(last.name);
    // The table already exists, so re-running the migration fails inside its transaction.
    first.close();
    await expect(openStore(file)).rejects.toThrow(/already exists/);
    const check = new Sqlite(file, { readonly: true });
    expect(check.prepare('select count(*) n from cadence_migrations where name = ?').get(last.name)).toEqual({ n: 0 });
    check.close();
  });

  it('opens a database written by a newer Cadence read-only and never changes it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.db');
    const first = await openStore(file);
    first.sqlite.prepare("insert into cadence_migrations (name, applied_at) values ('2099-01-01-01-from-the-future', 'x')").run();
    first.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    first.close();
    const before = fs.readFileSync(file);

    const core = openCore({ dbPath: file, log: () => undefined });
    const store = await core.ready;
    expect(store.readOnlyReason).toMatch(/newer version of Cadence/);
    const list = await core.call('clients.list', {});
    expect(list.ok).toBe(true);
    const write = await core.call('clients.create', { name: 'Ada' });
    expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
    await core.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('enforces enums and references in the database itself', async () => {
    const store = await openStore(':memory:');
    expect(() =>
      store.sqlite
        .prepare(
          "insert into clients (id, name, time_zone, status, notes, created_at, updated_at) values ('c1', 'Ada', 'UTC', 'gone', '', 'x', 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      store.sqlite
        .prepare(
          "insert into sessions (id, client_id, start, planned_minutes, status, kind, notes) values ('s1', 'nobody', '2026-01-01T10:00:00Z', 45, 'completed', 'session', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    store.close();
  });
});
