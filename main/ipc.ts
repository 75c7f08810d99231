// The desktop host's one channel into the core. Every call is checked for where it came
// from: only the top frame of a Cadence page (app://cadence/...) may call; anything else
// (a frame that is gone, an iframe, a page that navigated elsewhere) is refused before the
// core sees it. Shapes are structural so tests can pass fakes; Electron's objects fit them.

import type { ChangeEvent, Result } from '../src/api/contract.ts';
import type { Core } from '../src/api/core.ts';
import { CHANGE_CHANNEL, INVOKE_CHANNEL } from './channels.ts';
import { afterPendingIo } from './protocol.ts';
import { isTrustedSenderUrl } from './security.ts';

export { CHANGE_CHANNEL, INVOKE_CHANNEL };

export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'not_found', message: "Refused: the call did not come from Cadence's window." },
};

export function isTrustedSender(event: InvokeEvent): boolean {
  let frame: SenderFrame | null;
  try {
    // Reading senderFrame of a frame that has since gone away can throw.
    frame = event.senderFrame;
  } catch {
    return false;
  }
  return frame != null && frame.parent === null && isTrustedSenderUrl(frame.url);
}

/** Wires the core to ipcMain and forwards change events to every window. Returns an undo. */
export function registerIpc(
  ipcMain: IpcMainLike,
  core: Core,
  getWindows: () => readonly WindowLike[],
  log: (msg: string) => void = (msg) => console.warn(msg),
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) {
      log(`Cadence: refused a call from ${describeSender(event)}`);
      return REFUSED;
    }
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'not_found', message: 'A call needs a name.' } };
    }
    await afterPendingIo();
    return core.call(name, input);
  });

  const unsubscribe = core.onChange((event: ChangeEvent) => {
    for (const window of getWindows()) {
      if (!window.isDestroyed()) window.webContents.send(CHANGE_CHANNEL, event);
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}

function describeSender(event: InvokeEvent): string {
  try {
    const frame = event.senderFrame;
    if (!frame) return 'a frame that no longer exists';
    return frame.parent === null ? frame.url : `a subframe (${frame.url})`;
  } catch {
    return 'a frame that no longer exists';
  }
}
