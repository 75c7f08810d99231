// IPC channel names, shared by the main process (ipc.ts) and the preload. This file must
// import nothing: the sandboxed preload bundle may contain only itself and 'electron'.
export const INVOKE_CHANNEL = 'cadence:invoke';
export const CHANGE_CHANNEL = 'cadence:change';
