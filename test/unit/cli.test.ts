// The command line as a user runs it: real processes, a real database file, exit codes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { ok, tempDir } from './helpers.ts';

const root = path.join(import.meta.dirname, '..', '..');
const example = path.join(root, 'test', 'fixtures', 'examples', 'workspace-b.json');

function cadence(args: string[], env: Record<string, string> = {}, cwd = root) {
  const result = spawnSync(process.execPath, [path.join(root, 'main', 'cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    cwd,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cadence CLI', { timeout: 60_000 }, () => {
  it('imports, exports and re-imports a workspace identically (CADENCE_DB and --db)', () => {
    const dir = tempDir();
    const first = path.join(dir, 'first.db');
    const imported = cadence(['import', example], { CADENCE_DB: first });
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain('Imported 6 clients, 6 agreements, 19 sessions');
    const out = path.join(dir, 'out.json');
    expect(cadence(['export', '--out', out, '--db', first]).code).toBe(0);
    const second = path.join(dir, 'second.db');
    expect(cadence(['import', out, '--db', second]).code).toBe(0);
    const again = cadence(['export', '--db', second]);
    expect(again.code).toBe(0);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(again.stdout)).toEqual(strip(fs.readFileSync(out, 'utf8')));
  });

  it('exits 2 with one line per problem for a bad file, and writes nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.json');
    const data = JSON.parse(fs.readFileSync(example, 'utf8'));
    data.agreements[0].feeMinor = 12.5;
    data.clients[2].timeZone = 'Nowhere';
    fs.writeFileSync(file, JSON.stringify(data));
    const db = path.join(dir, 'w.db');
    const result = cadence(['import', file, '--db', db]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringContaining('clients[2].timeZone: '), expect.stringContaining('agreements[0].feeMinor: ')]),
    );
    expect(lines).toHaveLength(2);
    const exported = JSON.parse(cadence(['export', '--db', db]).stdout);
    expect(exported.clients).toEqual([]);
  });

  it('exits 2 for an unknown command, a bad argument or an unknown id; 1 for a damaged database', () => {
    const dir = tempDir();
    expect(cadence(['frobnicate']).code).toBe(2);
    expect(cadence(['export', '--bogus'], { CADENCE_DB: path.join(dir, 'a.db') }).code).toBe(2);
    expect(cadence(['import'], { CADENCE_DB: path.join(dir, 'a.db') }).code).toBe(2);
    const missing = cadence(['pdf', 'agreement', 'nope', '--out', path.join(dir, 'x.pdf')], { CADENCE_DB: path.join(dir, 'a.db') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const damaged = path.join(dir, 'damaged.db');
    fs.writeFileSync(damaged, 'this is not a database at all, just text that is long enough to look like a header');
    const before = fs.readFileSync(damaged);
    const result = cadence(['export', '--db', damaged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot (open|read) the workspace/);
    expect(fs.readFileSync(damaged).equals(before)).toBe(true);
  });

  it('backs up into the backup folder setting with its retention, or once into --to DIR', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    const chosen = path.join(dir, 'Synced backups');
    cadence(['import', example, '--db', db]);
    const core = openCore({ dbPath: db, log: () => undefined });
    await ok(core, 'settings.update', { backupFolder: chosen });
    await core.close();
    // A backup older than every retention tier, as the app's own backups would be named.
    const old = 'cadence-2020-01-06T09-00-00Z-manual.db';
    fs.copyFileSync(db, path.join(chosen, old));

    const result = cadence(['backup', '--db', db]);
    expect(result.code).toBe(0);
    const written = result.stdout.trim();
    expect(path.dirname(written)).toBe(chosen);
    expect(fs.existsSync(written)).toBe(true);
    expect(fs.readdirSync(chosen)).not.toContain(old); // retention ran on the backup folder

    const elsewhere = path.join(dir, 'usb');
    fs.mkdirSync(elsewhere);
    fs.copyFileSync(db, path.join(elsewhere, old));
    const once = cadence(['backup', '--to', 'usb', '--db', db], {}, dir);
    expect(once.code).toBe(0);
    expect(path.dirname(once.stdout.trim())).toBe(elsewhere);
    expect(fs.readdirSync(elsewhere).sort()).toEqual([path.basename(once.stdout.trim()), old].sort()); // a lent folder is never pruned
  });

  it('restores a backup file, keeping the undo copy in the backup folder; exits 2 for a missing or damaged file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    const chosen = path.join(dir, 'Synced backups');
    cadence(['import', example, '--db', db]);
    const saved = cadence(['backup', '--to', path.join(dir, 'kept'), '--db', db]).stdout.trim();
    const core = openCore({ dbPath: db, log: () => undefined });
    await ok(core, 'settings.update', { backupFolder: chosen });
    await ok(core, 'clients.create', { name: 'Added after the backup' });
    await core.close();

    const result = cadence(['restore', saved, '--db', db]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const undo = /kept in (.+)$/m.exec(result.stdout)?.[1];
    expect(undo && path.dirname(undo)).toBe(chosen);
    expect(fs.existsSync(undo!)).toBe(true);
    const exported = JSON.parse(cadence(['export', '--db', db]).stdout);
    expect(exported.clients.map((c: { name: string }) => c.name)).not.toContain('Added after the backup');
    const after = openCore({ dbPath: db, log: () => undefined });
    expect((await ok(after, 'settings.get', {})).backupFolder).toBe(chosen); // the folder choice is the coach's, not the backup's
    await after.close();

    const missing = cadence(['restore', path.join(dir, 'nope.db'), '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const damaged = path.join(dir, 'damaged.db');
    fs.writeFileSync(damaged, 'this is not a database at all, just text that is long enough to look like a header');
    const refused = cadence(['restore', damaged, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not a whole Cadence backup');
  });

  it('leaves the range of a number option to the handler, which names the field', () => {
    const db = path.join(tempDir(), 'w.db');
    const tooFew = cadence(['forecast', '--months', '0', '--json', '--db', db]);
    expect(tooFew).toMatchObject({ code: 2, stderr: 'cadence forecast: months: must be at least 1\n' });
    expect(cadence(['forecast', '--months', '61', '--json', '--db', db]).stderr).toBe('cadence forecast: months: must be at most 60\n');
    expect(cadence(['forecast', '--months', 'soon', '--db', db])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--months must be a number'),
    });
    const version = cadence(['pdf', 'agreement', 'b1', '--version', '0', '--out', path.join(tempDir(), 'x.pdf'), '--db', db]);
    expect(version).toMatchObject({ code: 2, stderr: 'cadence pdf: version: must be 1 or later\n' });
  });

  it('writes an agreement PDF', () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    cadence(['import', example, '--db', db]);
    const out = path.join(dir, 'b1.pdf');
    const result = cadence(['pdf', 'agreement', 'b1', '--out', out, '--db', db]);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
