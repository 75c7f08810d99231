import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { backupsToKeep } from '../../src/domain/retention.ts';
import { pruneBackups } from '../../src/store/backup.ts';
import { backupFolder } from '../../src/store/open.ts';
import { breakIndex, ok, readExample, tempDir } from './helpers.ts';

describe('backups', () => {
  it('writes a checked copy, lists it with counts, and restores it keeping the current as undo', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.db');
    const core = openCore({ dbPath, log: () => undefined, now: () => new Date('2026-03-01T10:00:00Z') });
    await ok(core, 'data.import', { file: readExample() });
    const backup = await ok(core, 'backups.create', {});
    expect(backup).toMatchObject({ ok: true, clients: 6, sessions: 19 });
    const files = fs.readdirSync(backupFolder(dbPath));
    expect(files).toContain(backup.name);
    expect(files.every((name) => name.endsWith('.db'))).toBe(true); // each one self-contained file, no WAL beside it
    await ok(core, 'clients.create', { name: 'Added after the backup' });
    const restored = await ok(core, 'backups.restore', { name: backup.name });
    expect(restored.undo).toMatch(/before-restore/);
    expect((await ok(core, 'clients.list', { status: 'all' })).map((c) => c.name)).not.toContain('Added after the backup');
    const list = await ok(core, 'backups.list', {});
    expect(list.map((b) => [b.name, b.clients])).toEqual(
      expect.arrayContaining([
        [backup.name, 6],
        [restored.undo, 7],
      ]),
    );
    await core.close();
  });

  const damages: [string, (file: string) => void][] = [
    [
      'a page of garbage',
      (file) => {
        const bytes = fs.readFileSync(file);
        bytes.fill(0x5a, 4096, 8192);
        fs.writeFileSync(file, bytes);
      },
    ],
    // quick_check passes this one: only integrity_check's full lookups see it.
    ['an index that disagrees with its table', (file) => breakIndex(file, 'clients', 'name', 'status')],
  ];

  it.each(damages)('refuses a backup with %s, keeps no undo copy, and changes nothing', async (_, spoil) => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.db');
    const core = openCore({ dbPath, log: () => undefined });
    await ok(core, 'clients.create', { name: 'Ada' });
    const backup = await ok(core, 'backups.create', {});
    spoil(path.join(backupFolder(dbPath), backup.name));
    await ok(core, 'clients.create', { name: 'Ben' });
    const before = fs.readdirSync(backupFolder(dbPath)).sort();
    const result = await core.call('backups.restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { name: 'is damaged' } } });
    expect((await ok(core, 'clients.list', {})).map((c) => c.name).sort()).toEqual(['Ada', 'Ben']);
    expect(fs.readdirSync(backupFolder(dbPath)).sort()).toEqual(before);
    await core.close();
  });

  it('keeps the last day up to 5, then one a day for 14 days, then one a week for 8 weeks', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const hours = (h: number) => new Date(now.getTime() - h * 3_600_000);
    const backups = [
      ...[1, 2, 3, 4, 5, 6, 7].map((h) => ({ name: `recent-${h}`, takenAt: hours(h) })),
      ...Array.from({ length: 20 }, (_, d) => [
        { name: `day-${d + 1}-a`, takenAt: hours(24 * (d + 1) + 1) },
        { name: `day-${d + 1}-b`, takenAt: hours(24 * (d + 1) + 5) },
      ]).flat(),
      ...Array.from({ length: 12 }, (_, w) => ({ name: `week-${w + 3}`, takenAt: hours(24 * 7 * (w + 3) + 2) })),
    ];
    const keep = backupsToKeep(backups, now);
    expect([1, 2, 3, 4, 5].every((h) => keep.has(`recent-${h}`))).toBe(true);
    expect(keep.has('recent-6')).toBe(false);
    // One a day (the newest of each day) for the next 14 days.
    expect(keep.has('day-1-a')).toBe(true);
    expect(keep.has('day-1-b')).toBe(false);
    expect(keep.has('day-14-a')).toBe(true);
    // Past two weeks: one a week, for 8 weeks.
    expect(keep.has('week-10')).toBe(true);
    expect(keep.has('week-14')).toBe(false);
  });

  it('never prunes a damaged backup and never lets one push out a good one', () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'cadence-2026-06-01T10-00-00Z-manual.db'), 'not a database');
    expect(pruneBackups(folder, new Date('2026-06-01T12:00:00Z'))).toEqual([]);
    expect(fs.readdirSync(folder)).toHaveLength(1);
  });
});

describe('automatic backups', () => {
  it('backs up after a change at most every 30 minutes, into the chosen folder', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.db');
    let now = new Date('2026-03-01T10:00:00Z');
    const core = openCore({ dbPath, log: () => undefined, now: () => now });
    const synced = path.join(dir, 'Dropbox', 'Cadence backups');
    await ok(core, 'settings.update', { backupFolder: synced });
    await ok(core, 'clients.create', { name: 'Cy' }); // while the first backup runs
    await core.idle(); // waits for the running backup, not only for the last write's
    expect(fs.readdirSync(synced)).toEqual([expect.stringMatching(/^cadence-.*-auto\.db$/)]); // the first change after opening
    now = new Date('2026-03-01T10:20:00Z');
    await ok(core, 'clients.create', { name: 'Ada' });
    await core.idle();
    expect(fs.readdirSync(synced)).toHaveLength(1); // within 30 minutes: none
    now = new Date('2026-03-01T10:31:00Z');
    await ok(core, 'clients.create', { name: 'Ben' });
    await core.idle();
    const names = fs.readdirSync(synced).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/auto\.db$/);
    expect(await core.call('settings.update', { backupFolder: 'relative/folder' })).toMatchObject({
      ok: false,
      error: { fields: { backupFolder: expect.any(String) } },
    });
    await core.close();
  });

  it('keeps as many backups as the settings say, and refuses a policy that keeps none', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.db');
    let now = new Date('2026-03-01T10:00:00Z');
    const core = openCore({ dbPath, log: () => undefined, now: () => now });
    expect((await ok(core, 'settings.get', {})).backupRetention).toEqual({ recent: 5, daily: 14, weekly: 8 });
    await ok(core, 'settings.update', { backupRetention: { recent: 2, daily: 0, weekly: 0 } });
    await core.idle();
    const taken: string[] = [];
    for (let minute = 1; minute <= 4; minute += 1) {
      now = new Date(`2026-03-01T11:0${minute}:00Z`);
      taken.push((await ok(core, 'backups.create', {})).name);
    }
    // The two newest of the last day; with no daily or weekly ones, nothing older.
    expect((await ok(core, 'backups.list', {})).map((b) => b.name)).toEqual([taken[3], taken[2]]);

    const refused = await core.call('settings.update', { backupRetention: { recent: 0, daily: 14, weekly: 8 } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'backupRetention.recent': expect.stringContaining('at least 1') } },
    });
    expect((await ok(core, 'settings.get', {})).backupRetention).toEqual({ recent: 2, daily: 0, weekly: 0 });
    await core.close();
  });
});

describe('where backups go', () => {
  it('is one answer: beside the database, or the chosen folder, for the list, a backup and the hosts', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.db');
    const core = openCore({ dbPath, log: () => undefined, now: () => new Date('2026-03-01T10:00:00Z') });
    expect(await ok(core, 'backups.folder', {})).toEqual({ folder: backupFolder(dbPath) });
    const chosen = path.join(dir, 'Synced backups');
    await ok(core, 'settings.update', { backupFolder: chosen });
    await core.idle();
    expect(await ok(core, 'backups.folder', {})).toEqual({ folder: chosen });
    expect(await ok(core, 'backups.create', {})).toMatchObject({ folder: chosen, name: 'cadence-2026-03-01T10-00-00Z-manual.db' });
    expect((await ok(core, 'backups.list', {})).map((b) => b.name)).toContain('cadence-2026-03-01T10-00-00Z-manual.db');
    await core.close();
  });

  it('takes a one-off copy into another folder, never pruning it, and restores a backup file from anywhere', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.db');
    const core = openCore({ dbPath, log: () => undefined, now: () => new Date('2026-03-01T10:00:00Z') });
    await ok(core, 'clients.create', { name: 'Ada' });
    const lent = path.join(dir, 'usb');
    fs.mkdirSync(lent);
    const old = path.join(lent, 'cadence-2020-01-06T09-00-00Z-manual.db');
    fs.writeFileSync(old, '');
    const copy = await ok(core, 'backups.create', { folder: lent });
    expect(copy.folder).toBe(lent);
    expect(fs.existsSync(old)).toBe(true);
    expect(fs.readdirSync(backupFolder(dbPath))).not.toContain(copy.name);

    await ok(core, 'clients.create', { name: 'Ben' });
    const restored = await ok(core, 'backups.restore', { file: path.join(lent, copy.name) });
    expect(fs.readdirSync(backupFolder(dbPath))).toContain(restored.undo);
    expect((await ok(core, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada']);
    await core.close();
  });

  it('refuses a relative path, both a name and a file, or neither, naming the field', async () => {
    const core = openCore({ dbPath: path.join(tempDir(), 'w.db'), log: () => undefined });
    const refused = (fields: Record<string, unknown>) => ({ ok: false, error: { code: 'invalid_input', fields } });
    expect(await core.call('backups.create', { folder: 'relative/folder' })).toMatchObject(
      refused({ folder: 'must be a full folder path' }),
    );
    expect(await core.call('backups.restore', { file: 'backup.db' })).toMatchObject(refused({ file: 'must be a full file path' }));
    expect(await core.call('backups.restore', {})).toMatchObject(refused({ name: expect.stringContaining('either') }));
    expect(await core.call('backups.restore', { name: 'cadence-x.db', file: '/tmp/cadence-x.db' })).toMatchObject(
      refused({ name: expect.stringContaining('either') }),
    );
    expect(await core.call('backups.restore', { file: '/nowhere/cadence-x.db' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', fields: { file: 'no such file' } },
    });
    await core.close();
  });
});

describe('long work', () => {
  it('is never started twice at once', async () => {
    const dbPath = path.join(tempDir(), 'w.db');
    const core = openCore({ dbPath, log: () => undefined });
    await ok(core, 'data.import', { file: readExample() });
    const [first, second] = await Promise.all([core.call('backups.create', {}), core.call('backups.create', {})]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/A backup is still running/) } });
    expect((await core.call('backups.create', {})).ok).toBe(true); // free again once done
    await core.close();
  });
});
