// A damaged database on open: no crash, no write to the damaged file (its hash is
// unchanged), it is moved aside, and the newest backup that passes integrity_check is offered.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { ok, readExample, tempDir } from './helpers.ts';

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function workspaceWithBackup(): Promise<string> {
  const dbPath = path.join(tempDir(), 'w.db');
  const core = openCore({ dbPath, log: () => undefined });
  await ok(core, 'data.import', { file: readExample() });
  await ok(core, 'backups.create', {});
  await core.close();
  return dbPath;
}

const damages: [string, (file: string) => void][] = [
  ['truncated', (f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 3))],
  [
    'zeroed header',
    (f) => {
      const b = fs.readFileSync(f);
      b.fill(0, 0, 100);
      fs.writeFileSync(f, b);
    },
  ],
  // Flip the page headers of pages 2 to 6 (type, freeblock, cell count and pointers).
  [
    'flipped bytes in a page',
    (f) => {
      const b = fs.readFileSync(f);
      for (let page = 1; page < 6; page += 1) for (let i = 0; i < 12; i += 1) b[page * 4096 + i] = b[page * 4096 + i]! ^ 0xa5;
      fs.writeFileSync(f, b);
    },
  ],
  ['not SQLite at all', (f) => fs.writeFileSync(f, 'PK\u0003\u0004 this is a zip file, not a database'.repeat(50))],
];

describe('a damaged database on open', () => {
  it.each(damages)('%s: moved aside untouched, an empty workspace opens, the newest good backup is offered', async (_name, breakIt) => {
    const dbPath = await workspaceWithBackup();
    breakIt(dbPath);
    const before = hash(dbPath);
    const core = openCore({ dbPath, onDamaged: 'move-aside', log: () => undefined });
    const status = await ok(core, 'data.status', {});
    expect(status.recovery).toMatchObject({ problem: expect.any(String), newestGoodBackup: expect.stringMatching(/^cadence-.*\.db$/) });
    expect(status.empty).toBe(true);
    const damagedFile = path.join(path.dirname(dbPath), status.recovery!.damagedFile);
    expect(hash(damagedFile)).toBe(before);
    // Restoring the offered backup brings the practice back.
    await ok(core, 'backups.restore', { name: status.recovery!.newestGoodBackup! });
    expect((await ok(core, 'clients.list', { status: 'all' })).length).toBe(6);
    await core.close();
  });

  it('the CLI refuses a damaged file and leaves it exactly as it was', async () => {
    const dbPath = await workspaceWithBackup();
    damages[2]![1](dbPath);
    const before = hash(dbPath);
    const core = openCore({ dbPath, onDamaged: 'fail', log: () => undefined });
    await expect(core.ready).rejects.toThrow(/damaged/);
    expect(hash(dbPath)).toBe(before);
  });

  it('an empty file and a stray WAL are not damage', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.db');
    fs.writeFileSync(empty, '');
    const core = openCore({ dbPath: empty, onDamaged: 'move-aside', log: () => undefined });
    expect((await ok(core, 'data.status', {})).recovery).toBeNull();
    await core.close();
    const dbPath = await workspaceWithBackup();
    fs.writeFileSync(`${dbPath}-wal`, Buffer.alloc(4096, 7)); // garbage WAL left from elsewhere
    const again = openCore({ dbPath, onDamaged: 'move-aside', log: () => undefined });
    const status = await ok(again, 'data.status', {});
    expect(status.recovery).toBeNull();
    expect(status.counts.clients).toBe(6);
    await again.close();
    expect(fs.readdirSync(path.dirname(dbPath)).filter((n) => n.includes('damaged'))).toEqual([]);
  });
});
