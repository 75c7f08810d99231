// The whole bridge between the page and the desktop host: two functions, nothing else.
// Runs in a sandboxed preload, where only 'electron' can be required; bundled as CommonJS.
// The IPC event object never reaches the page (it would expose the sender).
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { ChangeEvent, Result } from '../src/api/contract.ts';
import { CHANGE_CHANNEL, INVOKE_CHANNEL } from './channels.ts';

contextBridge.exposeInMainWorld('cadence', {
  invoke(name: string, input: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
  },
  onChange(listener: (event: ChangeEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onChange needs a function');
    const forward = (_event: IpcRendererEvent, change: ChangeEvent) => listener(change);
    ipcRenderer.on(CHANGE_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(CHANGE_CHANNEL, forward);
    };
  },
});
