// Crash safety: a writer killed with SIGKILL at random moments never loses an acknowledged
// commit and never leaves half a transaction. ROUNDS=1000 npm run soak for the long run.
// The moments come from a seeded generator; a failure names its seed, and CRASH_SEED=<seed>
// draws the same moments again.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/api/core.ts';
import { createRandom } from '../../src/demo/random.ts';
import { ok, tempDir } from './helpers.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 200);
const SEED = crashSeed(process.env.CRASH_SEED);
const writer = path.join(import.meta.dirname, '..', 'fixtures', 'crash-writer.mjs');

function crashSeed(text: string | undefined): number {
  if (text === undefined || text === '') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(text);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(`CRASH_SEED must be a whole number from 0 to 4294967295, not "${text}".`);
  }
  return seed;
}

function runAndKill(dbPath: string, start: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffer = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      // Kill at the drawn moment once it is writing (process start-up time varies a lot).
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) acked.push(Number(line));
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${stderr}`));
      else resolve(acked);
    });
  });
}

describe('crash safety', () => {
  it(`loses no acknowledged commit and no half transaction over ${ROUNDS} SIGKILLs (seed ${SEED})`, {
    timeout: ROUNDS * 1000,
  }, async () => {
    console.log(`crash safety: seed ${SEED}; CRASH_SEED=${SEED} draws the same kill moments again`);
    const killAfterMs = createRandom(SEED);
    const dbPath = path.join(tempDir(), 'w.db');
    const core = openCore({ dbPath, log: () => undefined });
    await ok(core, 'clients.create', { name: 'Ada' });
    await core.close();
    const setup = new Sqlite(dbPath);
    setup.prepare("update clients set id = 'c1'").run();
    setup
      .prepare(
        "insert into invoices (id, number, client_id, currency, issue_date, due_date, status) values ('inv', 'INV-2026-0001', 'c1', 'EUR', '2026-03-01', '2026-03-15', 'issued')",
      )
      .run();
    setup.close();

    let next = 0;
    let totalAcked = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const afterMs = killAfterMs.int(0, 24);
      const where = `round ${round + 1} of ${ROUNDS}, killed ${afterMs} ms after its first acknowledged commit; seed ${SEED} (CRASH_SEED=${SEED} to repeat)`;
      const acked = await runAndKill(dbPath, next, afterMs).catch((error: Error) => {
        throw new Error(`${where}: ${error.message}`);
      });
      totalAcked += acked.length;
      const db = new Sqlite(dbPath);
      expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
      const payments = new Set((db.prepare('select id from payments').all() as { id: string }[]).map((r) => r.id.slice(1)));
      const sessions = new Set((db.prepare('select id from sessions').all() as { id: string }[]).map((r) => r.id.slice(1)));
      db.close();
      expect(
        acked.filter((i) => !(payments.has(String(i)) && sessions.has(String(i)))),
        `${where}: acknowledged commits that did not survive`,
      ).toEqual([]);
      // Never one half without the other.
      expect(
        [...payments].filter((i) => !sessions.has(i)),
        `${where}: payments without their session`,
      ).toEqual([]);
      expect(
        [...sessions].filter((i) => !payments.has(i)),
        `${where}: sessions without their payment`,
      ).toEqual([]);
      next = Math.max(next, ...[...payments].map(Number)) + 1;
    }
    expect(totalAcked, `seed ${SEED}: the writer really wrote before each kill`).toBeGreaterThan(ROUNDS);
  });
});
