// The native menu bar: what it shows and which keys reach which action. What each action
// does is in menu-actions.ts; this file only lays them out, per platform conventions
// (macOS: the app menu holds About and Quit; elsewhere File has Quit and Help has About).
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newClient(): void;
  newAgreement(): void;
  exportPdf(): void;
  backupNow(): void;
  restoreBackup(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools and reload only outside a packaged build. */
  development: boolean;
  actions: MenuActions;
}

export function buildMenuTemplate({ platform, development, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions[] = [
    { label: 'New Client…', accelerator: 'CmdOrCtrl+N', click: () => actions.newClient() },
    { label: 'New Agreement…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newAgreement() },
    { type: 'separator' },
    { label: 'Export as PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportPdf() },
    { type: 'separator' },
    { label: 'Back Up Now', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backupNow() },
    // No shortcut: replacing the workspace should never be one keystroke away.
    { label: 'Restore a Backup…', click: () => actions.restoreBackup() },
    ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
  ];
  const view: MenuItemConstructorOptions[] = [
    ...(development ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  const help: MenuItemConstructorOptions[] = [
    { label: 'Open Data Folder', click: () => actions.openDataFolder() },
    ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: file },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: help },
  ];
}
