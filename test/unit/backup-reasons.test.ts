// The backups list says what made each backup, so the screen never reads file names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { backupReason } from '../../src/store/backup.ts';
import { backupFolder } from '../../src/store/open.ts';
import { ok, tempDir } from './helpers.ts';

describe('backupReason', () => {
  it.each([
    ['cadence-2026-03-01T10-00-00Z-manual.db', 'manual'],
    ['cadence-2026-03-01T10-00-00Z-auto.db', 'auto'],
    ['cadence-2026-03-01T10-00-00Z-before-restore.db', 'before-restore'],
    ['cadence-before-2026-11-28-30-add-settings-x-2026-12-04T18-35-36-123Z.db', 'before-migration'],
    ['cadence-copy.db', null],
    ['cadence-2026-03-01T10-00-00Z.db', null],
    ['cadence-2026-03-01T10-00-00Z-manual.db.partial', null],
  ])('%s was made %j', (name, reason) => {
    expect(backupReason(name)).toBe(reason);
  });
});

describe('backups.list', () => {
  it('gives each backup its reason: one made by hand, the undo of a restore, an automatic one, and a copied file', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.db');
    const core = openCore({ dbPath, log: () => undefined, now: () => new Date('2026-03-01T10:00:00Z') });
    await ok(core, 'clients.create', { name: 'Ada Byrne' });
    const manual = await ok(core, 'backups.create', {});
    expect(manual.reason).toBe('manual');
    const restored = await ok(core, 'backups.restore', { name: manual.name });
    fs.copyFileSync(path.join(backupFolder(dbPath), manual.name), path.join(backupFolder(dbPath), 'cadence-copy.db'));

    const reasons = Object.fromEntries((await ok(core, 'backups.list', {})).map((b) => [b.name, b.reason]));
    expect(reasons).toMatchObject({ [manual.name]: 'manual', [restored.undo]: 'before-restore', 'cadence-copy.db': null });
    // The automatic backup after a change may have run too; it says so.
    for (const [name, reason] of Object.entries(reasons)) if (name.endsWith('-auto.db')) expect(reason).toBe('auto');
    await core.close();
  });
});
