// What the menu's items do. Page actions (new client, new agreement, export the PDF of
// what is open) are sent to the page as commands on the change channel; workspace actions
// (back up, restore, open the data folder) run here, through the core and native dialogs,
// so they work whatever the page shows. Every dependency is passed in.
import path from 'node:path';
import type { BaseWindow } from 'electron';
import type { Core } from '../src/api/core.ts';
import { CHANGE_CHANNEL, type CommandEvent, type MenuCommand } from './channels.ts';
import { chooseBackup, confirm, type DialogApi, tell } from './dialogs.ts';
import type { MenuActions } from './menu.ts';
import { type PathOpener, safeOpenFolder } from './security.ts';

export interface CommandWindow extends BaseWindow {
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface MenuActionDeps {
  core: Pick<Core, 'call'>;
  dialog: DialogApi;
  shell: PathOpener;
  /** The window the menu acts on (the focused one, else Cadence's main window), or null. */
  window: () => CommandWindow | null;
  dbPath: string;
  isDirectory: (folder: string) => boolean;
  log: (message: string) => void;
}

export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const { core, dialog } = deps;

  const send = (command: MenuCommand) => {
    const window = deps.window();
    if (!window || window.isDestroyed()) return;
    const event: CommandEvent = { tables: [], handlers: [], command };
    window.webContents.send(CHANGE_CHANNEL, event);
  };

  /** Runs a dialog-backed action; one that fails says so instead of failing silently. */
  const withWindow = (action: (window: CommandWindow) => Promise<void>) => () => {
    const window = deps.window();
    if (!window || window.isDestroyed()) return;
    action(window).catch((error: unknown) => {
      deps.log(`Cadence: a menu action failed: ${String(error)}`);
      void tell(dialog, window, { type: 'error', message: 'That did not work.', detail: 'Nothing was changed.' }).catch(() => undefined);
    });
  };

  return {
    newClient: () => send('new-client'),
    newAgreement: () => send('new-agreement'),
    exportPdf: () => send('export-pdf'),

    backupNow: withWindow(async (window) => {
      const result = await core.call('backups.create', {});
      if (!result.ok) return tell(dialog, window, { type: 'error', message: 'Cadence could not back up.', detail: result.error.message });
      const { name, folder } = result.value as { name: string; folder: string };
      await tell(dialog, window, { type: 'info', message: 'Backup saved.', detail: `${name}\nin ${folder}` });
    }),

    restoreBackup: withWindow(async (window) => {
      // The core says where its backups are (the coach's folder, else beside the database).
      const located = await core.call('backups.folder', {});
      if (!located.ok)
        return tell(dialog, window, { type: 'error', message: 'Cadence could not find its backups.', detail: located.error.message });
      const { folder } = located.value as { folder: string };
      const choice = await chooseBackup(dialog, window, folder);
      if (choice === null) return;
      if ('outside' in choice) {
        return tell(dialog, window, {
          type: 'error',
          message: 'Cadence restores backups from its backup folder.',
          detail: `Copy the file into ${folder} first, then choose it there.`,
        });
      }
      const sure = await confirm(dialog, window, {
        message: `Restore ${choice.name}?`,
        detail:
          'Everything in the workspace is replaced by the backup. The workspace as it is now is kept as a backup first, so this can be undone.',
        action: 'Restore',
      });
      if (!sure) return;
      const result = await core.call('backups.restore', { name: choice.name });
      if (!result.ok)
        return tell(dialog, window, { type: 'error', message: 'Cadence could not restore that backup.', detail: result.error.message });
      const { undo } = result.value as { undo: string };
      await tell(dialog, window, {
        type: 'info',
        message: `Restored ${choice.name}.`,
        detail: `The workspace as it was is kept as ${undo}.`,
      });
    }),

    openDataFolder: withWindow(async (window) => {
      // The folder that holds the workspace database (and, by default, its backups).
      const dataFolder = path.dirname(path.resolve(deps.dbPath));
      const opened = await safeOpenFolder(dataFolder, [dataFolder], deps.shell, deps.isDirectory);
      if (!opened) await tell(dialog, window, { type: 'error', message: 'Cadence could not open its data folder.', detail: dataFolder });
    }),
  };
}
