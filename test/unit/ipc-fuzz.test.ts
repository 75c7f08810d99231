// Arbitrary values thrown at every handler through the desktop IPC layer (main/ipc.ts with a
// stand-in ipcMain and Cadence's own trusted frame), on the real core and a temp SQLite
// file holding a small practice. Values are structured-cloned first, as Electron's IPC
// does, so Maps, Sets, Dates, typed arrays and BigInts arrive as they would.
//
// Three kinds of input, and what each must give:
// - not an object (a string, a number, an array…): invalid for every handler → ok:false;
// - an object with a key no schema knows: every schema is strict → ok:false;
// - any object at all, to the handlers that only read → whatever they answer, no write.
// Every answer must be a clean Result: a known code, a message with no stack frame, SQL
// or file path; the promise always settles; nothing reaches the database.
import crypto from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNEL, type InvokeEvent, type IpcMainLike, registerIpc } from '../../main/ipc.ts';
import { ERROR_CODES, type Result } from '../../src/api/contract.ts';
import { type Core, openCore } from '../../src/api/core.ts';
import { registry } from '../../src/api/index.ts';
import { FIXED_NOW, ok, tempDir } from './helpers.ts';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

const trustedFrame = { url: 'app://cadence/index.html', parent: null };
const names = Object.keys(registry).sort();
const readOnlyNames = names.filter((name) => registry[name as keyof typeof registry].writes.length === 0);
// Reads that still make files (a backup) are not "only reads"; they take no input but {} anyway.
const sideEffectReads = new Set(['backups.create']);

let core: Core;
let dir: string;
let invoke: Listener;

beforeAll(async () => {
  dir = tempDir('cadence-fuzz-');
  core = openCore({ dbPath: path.join(dir, 'cadence.db'), now: () => FIXED_NOW, log: () => undefined });
  await core.ready;
  // A little of everything, so reads by id and lists have rows to find.
  const client = await ok(core, 'clients.create', { name: 'Ada Lovelace' });
  await ok(core, 'clients.create', { name: 'Grace Hopper' });
  expect(client).toMatchObject({ name: 'Ada Lovelace', status: 'active' });
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener), removeHandler: () => undefined };
  registerIpc(
    ipcMain,
    core,
    () => [],
    () => undefined,
  );
  invoke = handlers.get(INVOKE_CHANNEL)!;
});

afterAll(async () => {
  await core?.close();
});

/** Every row of every table, hashed: equal before and after means nothing was written. */
async function databaseChecksum(): Promise<string> {
  const { sqlite } = await core.ready;
  const hash = crypto.createHash('sha256');
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    hash.update(
      JSON.stringify(
        sqlite
          .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
          .raw()
          .all(),
        (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value),
      ),
    );
  }
  return hash.digest('hex');
}

/** Text that cannot itself look like a leak when a message repeats it (zod names unknown keys). */
const plainText = fc.string({ maxLength: 12 }).filter((text) => !/select|sqlite|\bat\b|[/\\:]/i.test(text));
const anyValue = fc.anything({
  key: plainText,
  values: [plainText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)],
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withNullPrototype: true,
});
// Not Date, Map or Set at the top: zod's object schemas read those as objects with no keys,
// so a handler whose fields are all optional takes one as {} (no worse than {} itself).
const notAnObject = fc.oneof(plainText, fc.integer(), fc.double(), fc.boolean(), fc.bigInt(), fc.array(anyValue, { maxLength: 4 }));
const anObject = fc.dictionary(plainText, anyValue, { maxKeys: 5 });
const withUnknownKey = anObject.map((object) => ({ ...object, 'not a field of any schema': true }));

const STACK_FRAME = /^\s*at\s|\bat\s.*\(.*:\d+:\d+\)|\.(ts|js|mjs|cjs):\d+/m;
const SQL = /sqlite|select |insert into|update .* set|delete from|no such (table|column)/i;
const FILE_PATH = /(^|[\s"'(])(\/[\w.-]+){2,}|[A-Za-z]:\\/;

/** A Result as the page would receive it, judged. */
function expectCleanResult(result: unknown, mustFail: boolean): void {
  // What crosses IPC is structured-cloned: it must be cloneable.
  expect(() => structuredClone(result)).not.toThrow();
  const answer = result as Result<unknown>;
  expect(typeof answer.ok).toBe('boolean');
  if (answer.ok) {
    expect(mustFail, 'an input invalid by construction was accepted').toBe(false);
    return;
  }
  expect(Object.keys(answer.error).sort()).toEqual(answer.error.fields ? ['code', 'fields', 'message'] : ['code', 'message']);
  expect(ERROR_CODES).toContain(answer.error.code);
  const texts = [answer.error.message, ...Object.keys(answer.error.fields ?? {}), ...Object.values(answer.error.fields ?? {})];
  for (const text of texts) {
    expect(typeof text).toBe('string');
    expect(text).not.toMatch(STACK_FRAME);
    expect(text).not.toMatch(SQL);
    expect(text).not.toMatch(FILE_PATH);
    expect(text).not.toContain(dir);
  }
}

async function call(name: string, input: unknown): Promise<unknown> {
  // As Electron's IPC would deliver it.
  return invoke({ senderFrame: trustedFrame }, name, structuredClone(input));
}

describe('IPC fuzz', { timeout: 120_000 }, () => {
  it('covers every handler of the registry', () => {
    expect(names.length).toBeGreaterThan(50);
    expect(readOnlyNames.length).toBeGreaterThan(10);
  });

  it('refuses anything that is not an object, on every handler, writing nothing', async () => {
    const before = await databaseChecksum();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), notAnObject, async (name, input) => {
        expectCleanResult(await call(name, input), true);
      }),
      { numRuns: names.length * 8 },
    );
    expect(await databaseChecksum()).toBe(before);
  });

  it('refuses any object with an unknown key, on every handler, writing nothing', async () => {
    const before = await databaseChecksum();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), withUnknownKey, async (name, input) => {
        expectCleanResult(await call(name, input), true);
      }),
      { numRuns: names.length * 8 },
    );
    expect(await databaseChecksum()).toBe(before);
  });

  it('answers any object cleanly on every read, and the reads write nothing', async () => {
    const before = await databaseChecksum();
    const reads = readOnlyNames.filter((name) => !sideEffectReads.has(name));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...reads), fc.oneof(anObject, anyValue), async (name, input) => {
        expectCleanResult(await call(name, input), false);
      }),
      { numRuns: reads.length * 10 },
    );
    expect(await databaseChecksum()).toBe(before);
  });

  it('answers unknown and odd call names without reaching a handler', async () => {
    const before = await databaseChecksum();
    await fc.assert(
      fc.asyncProperty(fc.oneof(plainText, anyValue), anyValue, async (name, input) => {
        const result = (await call(name as string, input)) as Result<unknown>;
        if (typeof name === 'string' && names.includes(name)) return;
        expectCleanResult(result, true);
        expect(result.ok === false && result.error.code).toBe('not_found');
      }),
      { numRuns: 300 },
    );
    expect(await databaseChecksum()).toBe(before);
  });

  it('the checks themselves catch a leak', () => {
    // A message carrying a stack, SQL or a path must fail the judge above.
    const leak = (message: string) => () => expectCleanResult({ ok: false, error: { code: 'internal', message } }, true);
    expect(leak('Error: boom\n    at run (/app/src/api/clients.ts:10:5)')).toThrow();
    expect(leak('SQLITE_CONSTRAINT: NOT NULL constraint failed')).toThrow();
    expect(leak('near "select ": syntax error')).toThrow();
    expect(leak('cannot open /home/coach/.config/Cadence/cadence.db')).toThrow();
    expect(leak('must be at most 200 characters')).not.toThrow();
    expect(() => expectCleanResult({ ok: true, value: 1 }, true)).toThrow();
  });
});
