// IPC channel names, shared by the main process (ipc.ts) and the preload. This file must
// import nothing: the sandboxed preload bundle may contain only itself and 'electron'.
export const INVOKE_CHANNEL = 'cadence:invoke';
export const CHANGE_CHANNEL = 'cadence:change';

/**
 * What the menu asks of the page. They travel on the change channel as
 * `{tables: [], handlers: [], command}`: the preload stays at its two functions, and a page
 * that does not know commands sees a change that touches no table and refetches nothing.
 */
export const MENU_COMMANDS = ['new-client', 'new-agreement', 'export-pdf'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface CommandEvent {
  tables: [];
  handlers: [];
  command: MenuCommand;
}
