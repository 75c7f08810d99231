// The command line as a user runs it: real processes, a real database file, exit codes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const root = path.join(import.meta.dirname, '..', '..');
const example = path.join(root, 'test', 'fixtures', 'examples', 'workspace-b.json');

function cadence(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(root, 'main', 'cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    cwd: root,
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
