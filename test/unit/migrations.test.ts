// Upgrades from every earlier schema version: a database full of data at each earlier
// version is opened by this build; the data it keeps is unchanged, foreign keys hold, and
// a backup was taken first.
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../src/api/workspace-file.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { backupFolder, migrate, openStore } from '../../src/store/open.ts';
import { Sql } from '../../src/store/sql.ts';
import { writeWorkspace } from '../../src/store/workspace.ts';
import { readExample, tempDir } from './helpers.ts';

const DATA_TABLES = [
  'clients',
  'agreements',
  'agreement_slots',
  'agreement_pauses',
  'agreement_installments',
  'agreement_cancellations',
  'sessions',
  'work_logs',
  'invoices',
  'invoice_lines',
  'payments',
];

/** A checksum of a table's rows over the columns it had before the upgrade. */
function checksum(db: Sqlite.Database, table: string, columns: string[]): string {
  const rows = db.prepare(`select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}" order by rowid`).all();
  return JSON.stringify(rows);
}

function columnsOf(db: Sqlite.Database, table: string): string[] {
  return (db.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

// Every earlier version that already had the whole domain model (from migration 14 on).
const earlierVersions = migrations.slice(13, -1).map((m, i) => ({ name: m.name, count: 14 + i }));

describe('upgrading earlier schema versions', () => {
  it.each(earlierVersions)('from $name keeps every row and its foreign keys', async ({ count }) => {
    const file = path.join(tempDir(), 'old.db');
    const old = new Sqlite(file);
    old.pragma('journal_mode = WAL');
    old.pragma('foreign_keys = ON');
    await migrate(old, file, migrations.slice(0, count));
    const parsed = parseWorkspaceFile(readExample());
    if (!parsed.ok) throw new Error('example B does not parse');
    const sql = new Sql(old);
    sql.transaction(() => writeWorkspace(sql, parsed.file, '2026-01-01T00:00:00Z'));
    const before = Object.fromEntries(
      DATA_TABLES.map((t) => [t, { columns: columnsOf(old, t), sum: checksum(old, t, columnsOf(old, t)) }]),
    );
    old.close();

    const store = await openStore(file);
    for (const [table, { columns, sum }] of Object.entries(before)) expect(checksum(store.sqlite, table, columns)).toBe(sum);
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const applied = (store.sqlite.prepare('select count(*) as n from cadence_migrations').get() as { n: number }).n;
    expect(applied).toBe(migrations.length);
    store.close();
    expect(fs.readdirSync(backupFolder(file)).length).toBe(1); // backed up before upgrading
  });

  it('covers at least one earlier version', () => {
    expect(earlierVersions.length).toBeGreaterThan(0);
  });
});
