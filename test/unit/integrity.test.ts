import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { integrityProblems } from '../../src/store/integrity.ts';
import { breakIndex, ok, readExample, tempDir } from './helpers.ts';

/** A closed copy of the worked example's workspace, as a backup file would be. */
async function exampleFile(): Promise<string> {
  const dir = tempDir();
  const dbPath = path.join(dir, 'w.db');
  const core = openCore({ dbPath, log: () => undefined });
  await ok(core, 'data.import', { file: readExample() });
  await core.close();
  const copy = path.join(dir, 'copy.db');
  const db = new Sqlite(dbPath);
  await db.backup(copy);
  db.close();
  return copy;
}

const quickCheck = (file: string) => {
  const db = new Sqlite(file, { readonly: true });
  try {
    return db.pragma('quick_check', { simple: true });
  } finally {
    db.close();
  }
};

describe('integrity check of a backup file (two threads)', () => {
  it('finds nothing wrong with a whole file', async () => {
    expect(await integrityProblems(await exampleFile())).toEqual([]);
  });

  it('finds a sessions index that disagrees with its table (the largest table, on its own thread)', async () => {
    const file = await exampleFile();
    breakIndex(file, 'sessions', 'kind', 'status');
    expect(quickCheck(file)).toBe('ok');
    const problems = await integrityProblems(file);
    expect(problems.join('\n')).toMatch(/probe/);
  });

  it('finds an index of any other table that disagrees with its table (the other thread)', async () => {
    const file = await exampleFile();
    breakIndex(file, 'clients', 'name', 'status');
    expect(quickCheck(file)).toBe('ok');
    expect((await integrityProblems(file)).join('\n')).toMatch(/probe/);
  });

  it('finds a damaged page and a file that is not a database', async () => {
    const file = await exampleFile();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 4);
    fs.writeFileSync(file, bytes);
    expect(await integrityProblems(file)).not.toEqual([]);
    const text = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(text, 'not a database at all');
    expect(await integrityProblems(text)).not.toEqual([]);
  });
});
