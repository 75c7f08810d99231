// The desktop IPC channel with a real core on a temp database and a fake ipcMain (Electron
// is a boundary we cannot run here): only Cadence's own top frame reaches the core.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_CHANNEL, INVOKE_CHANNEL, type InvokeEvent, type IpcMainLike, registerIpc } from '../../main/ipc.ts';
import type { ChangeEvent, Result } from '../../src/api/contract.ts';
import { type Core, openCore, readersOf } from '../../src/api/core.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => unknown;

let core: Core;
const calls: string[] = [];
const handlers = new Map<string, InvokeListener>();
const ipcMain: IpcMainLike = {
  handle: (channel, listener) => void handlers.set(channel, listener),
  removeHandler: (channel) => void handlers.delete(channel),
};
const sent: { channel: string; payload: unknown }[] = [];
const refusals: string[] = [];
let unregister: () => void;

const mainFrame = { url: 'app://cadence/index.html', parent: null };

beforeAll(async () => {
  const realCore = openCore({ dbPath: path.join(tempDir('cadence-ipc-'), 'cadence.db'), now: () => FIXED_NOW, log: () => undefined });
  await realCore.ready;
  // The real core, with every call that reaches it recorded.
  core = {
    ...realCore,
    call: (name, input) => {
      calls.push(name);
      return realCore.call(name, input);
    },
  };
  const windows = [
    { isDestroyed: () => false, webContents: { send: (channel: string, payload: unknown) => void sent.push({ channel, payload }) } },
    { isDestroyed: () => true, webContents: { send: () => expect.fail('sent to a destroyed window') } },
  ];
  unregister = registerIpc(
    ipcMain,
    core,
    () => windows,
    (msg) => refusals.push(msg),
  );
});

afterAll(async () => {
  unregister?.();
  await core?.close();
});

function invoke(senderFrame: InvokeEvent['senderFrame'], name: unknown, input: unknown): Promise<Result<unknown>> {
  const handler = handlers.get(INVOKE_CHANNEL);
  if (!handler) throw new Error('registerIpc did not register the invoke channel');
  return Promise.resolve(handler({ senderFrame }, name, input)) as Promise<Result<unknown>>;
}

async function clientNames(): Promise<string[]> {
  const result = await invoke(mainFrame, 'clients.list', { status: 'all' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { name: string }[]).map((client) => client.name);
}

describe('IPC from Cadence’s window', () => {
  it('reaches the core and answers with its Result', async () => {
    const created = await invoke(mainFrame, 'clients.create', { name: 'Ada Lovelace' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
    expect(await clientNames()).toContain('Ada Lovelace');
  });

  it('passes the core’s validation errors through', async () => {
    const result = await invoke(mainFrame, 'clients.create', { name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { name: expect.any(String) } } });
  });

  it('forwards change events to live windows only', async () => {
    sent.length = 0;
    await invoke(mainFrame, 'clients.create', { name: 'Grace Hopper' });
    expect(sent).toEqual([
      { channel: CHANGE_CHANNEL, payload: { tables: ['clients'], handlers: readersOf(['clients']) } satisfies ChangeEvent },
    ]);
  });
});

describe('IPC from anywhere else', () => {
  const cases: [string, InvokeEvent['senderFrame']][] = [
    ['a frame that no longer exists', null],
    ['a subframe of the app', { url: 'app://cadence/index.html', parent: mainFrame }],
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a local web server', { url: 'http://127.0.0.1:5173/', parent: null }],
    ['a file page', { url: 'file:///tmp/evil.html', parent: null }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
  ];

  it.each(cases)('is refused from %s, and the core is never called', async (_label, frame) => {
    const before = calls.length;
    const result = await invoke(frame, 'clients.create', { name: 'Intruder' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: "Refused: the call did not come from Cadence's window." } });
    expect(calls.length).toBe(before);
    expect(refusals.length).toBeGreaterThan(0);
    expect(await clientNames()).not.toContain('Intruder');
  });

  it('is refused when reading the sender frame throws', async () => {
    const before = calls.length;
    const event = {
      get senderFrame(): never {
        throw new Error('frame disposed');
      },
    };
    const handler = handlers.get(INVOKE_CHANNEL)!;
    const result = (await handler(event, 'clients.create', { name: 'Intruder' })) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect(calls.length).toBe(before);
  });

  it('refuses a call whose name is not a string, without calling the core', async () => {
    const before = calls.length;
    const result = await invoke(mainFrame, { toString: () => 'clients.create' }, { name: 'Object Name' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(calls.length).toBe(before);
  });
});

describe('unregistering', () => {
  it('removes the handler and stops forwarding changes', async () => {
    const local = new Map<string, InvokeListener>();
    const localSent: unknown[] = [];
    const undo = registerIpc(
      { handle: (channel, listener) => void local.set(channel, listener), removeHandler: (channel) => void local.delete(channel) },
      core,
      () => [{ isDestroyed: () => false, webContents: { send: (_channel: string, payload: unknown) => void localSent.push(payload) } }],
      () => undefined,
    );
    expect(local.has(INVOKE_CHANNEL)).toBe(true);
    undo();
    expect(local.has(INVOKE_CHANNEL)).toBe(false);
    await invoke(mainFrame, 'clients.create', { name: 'After Undo' });
    expect(localSent).toEqual([]);
  });
});
