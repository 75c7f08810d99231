// Faults the coach must never lose data to: a full disk and a second writer.
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { ok, tempDir } from './helpers.ts';

describe('faults', () => {
  it('a full disk comes back as storage_full, keeps earlier data and writes nothing half', async () => {
    const dbPath = path.join(tempDir(), 'w.db');
    const core = openCore({ dbPath, log: () => undefined });
    await ok(core, 'clients.create', { name: 'Before the disk filled' });
    const store = await core.ready;
    // Cap the file just above its current size: the next big write cannot fit.
    const pages = store.sqlite.pragma('page_count', { simple: true }) as number;
    store.sqlite.pragma(`max_page_count = ${pages + 2}`);
    const result = await core.call('clients.create', { name: 'Too big to fit', notes: 'x'.repeat(100_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    if (!result.ok) expect(result.error.message).toMatch(/disk is full/i);
    store.sqlite.pragma('max_page_count = 1073741823');
    const names = (await ok(core, 'clients.list', { status: 'all' })).map((c) => c.name);
    expect(names).toEqual(['Before the disk filled']);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await core.close();
  });

  it('another process holding the write lock gives a clear locked error, never corruption', async () => {
    const dbPath = path.join(tempDir(), 'w.db');
    const core = openCore({ dbPath, log: () => undefined });
    await ok(core, 'clients.create', { name: 'Ada' });
    const store = await core.ready;
    store.sqlite.pragma('busy_timeout = 50');
    const other = new Sqlite(dbPath);
    other.exec('begin immediate');
    const result = await core.call('clients.create', { name: 'Ben' });
    expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
    other.exec('rollback');
    other.close();
    await ok(core, 'clients.create', { name: 'Ben' });
    expect((await ok(core, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada', 'Ben']);
    await core.close();
  });
});
