// The native menu: its layout and keys per platform, and what each item does, with the
// real core on a temp database and stand-ins for the dialogs, the shell and the window
// (Electron is a boundary we cannot run here).
import fs from 'node:fs';
import path from 'node:path';
import type { BaseWindow, MenuItemConstructorOptions, MessageBoxOptions, OpenDialogOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_CHANNEL, MENU_COMMANDS } from '../../main/channels.ts';
import type { DialogApi } from '../../main/dialogs.ts';
import { buildMenuTemplate, type MenuActions } from '../../main/menu.ts';
import { type CommandWindow, createMenuActions } from '../../main/menu-actions.ts';
import { type Core, openCore } from '../../src/api/core.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

type Item = MenuItemConstructorOptions;

function recordingActions() {
  const called: string[] = [];
  const names: (keyof MenuActions)[] = ['newClient', 'newAgreement', 'exportPdf', 'backupNow', 'restoreBackup', 'openDataFolder'];
  const actions = Object.fromEntries(names.map((name) => [name, () => void called.push(name)])) as unknown as MenuActions;
  return { actions, called };
}

const submenu = (template: Item[], label: string): Item[] => {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu as Item[];
};

const click = (item: Item | undefined) => {
  if (!item?.click) throw new Error('no such menu item, or it does nothing');
  (item.click as unknown as () => void)();
};

describe('menu layout', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has File, Edit, View, Window and Help on %s', (platform) => {
    const template = buildMenuTemplate({ platform, development: false, actions: recordingActions().actions });
    const tops = template.map((item) => item.label ?? item.role);
    expect(tops).toEqual([...(platform === 'darwin' ? ['appMenu'] : []), 'File', 'editMenu', 'View', 'windowMenu', 'help']);
  });

  it('File offers new client, new agreement, export PDF, back up and restore, each wired to its action', () => {
    const { actions, called } = recordingActions();
    const file = submenu(buildMenuTemplate({ platform: 'linux', development: false, actions }), 'File');
    const byLabel = (label: string) => file.find((item) => item.label === label);
    for (const label of ['New Client…', 'New Agreement…', 'Export as PDF…', 'Back Up Now', 'Restore a Backup…']) click(byLabel(label));
    expect(called).toEqual(['newClient', 'newAgreement', 'exportPdf', 'backupNow', 'restoreBackup']);
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('Help opens the data folder and, outside macOS, shows About', () => {
    const { actions, called } = recordingActions();
    const help = submenu(buildMenuTemplate({ platform: 'win32', development: false, actions }), 'help');
    click(help.find((item) => item.label === 'Open Data Folder'));
    expect(called).toEqual(['openDataFolder']);
    expect(help.some((item) => item.role === 'about')).toBe(true);
    const macHelp = submenu(buildMenuTemplate({ platform: 'darwin', development: false, actions }), 'help');
    expect(macHelp.some((item) => item.role === 'about')).toBe(false);
  });

  it('gives each shortcut once, none of them the page’s own (mod+digit areas)', () => {
    const template = buildMenuTemplate({ platform: 'linux', development: true, actions: recordingActions().actions });
    const accelerators = template
      .flatMap((menu) => (Array.isArray(menu.submenu) ? (menu.submenu as Item[]) : []))
      .flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(accelerators).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+Shift+N', 'CmdOrCtrl+Shift+E', 'CmdOrCtrl+Shift+B']);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(accelerators.some((key) => /\+\d$/.test(key))).toBe(false);
  });

  it('offers developer tools only in development', () => {
    const roles = (development: boolean) =>
      submenu(buildMenuTemplate({ platform: 'linux', development, actions: recordingActions().actions }), 'View').map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

describe('menu actions', () => {
  let core: Core;
  let dir: string;
  let dbPath: string;
  const sent: unknown[][] = [];
  const messages: MessageBoxOptions[] = [];
  const opened: string[] = [];
  let nextOpen: string[] = [];
  let nextResponse = 0;
  let backupFolder = () => path.join(dir, 'backups');
  const dialog: DialogApi = {
    showOpenDialog: async (_window: BaseWindow, options: OpenDialogOptions) => {
      expect(options.defaultPath).toBe(backupFolder());
      return { canceled: nextOpen.length === 0, filePaths: nextOpen };
    },
    showMessageBox: async (_window: BaseWindow, options: MessageBoxOptions) => {
      messages.push(options);
      return { response: options.buttons?.length === 2 ? nextResponse : 0, checkboxChecked: false };
    },
  };
  let destroyed = false;
  const window = {
    isDestroyed: () => destroyed,
    webContents: { send: (...args: unknown[]) => void sent.push(args) },
  } as unknown as CommandWindow;
  let actions: MenuActions;

  beforeAll(async () => {
    dir = tempDir('cadence-menu-');
    dbPath = path.join(dir, 'cadence.db');
    core = openCore({ dbPath, now: () => FIXED_NOW, log: () => undefined });
    await core.ready;
    actions = createMenuActions({
      core,
      dialog,
      shell: {
        openPath: async (folder: string) => {
          opened.push(folder);
          return '';
        },
      },
      window: () => window,
      dbPath,
      isDirectory: (folder) => fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false,
      log: () => undefined,
    });
  });

  afterAll(async () => {
    await core?.close();
  });

  /** Menu clicks return nothing; their work ends when the last dialog has been shown. */
  const settle = async (count: number) => {
    for (let i = 0; i < 200 && messages.length < count; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('sends page commands as change events that touch no table', () => {
    actions.newClient();
    actions.newAgreement();
    actions.exportPdf();
    expect(sent).toEqual([
      [CHANGE_CHANNEL, { tables: [], handlers: [], command: 'new-client' }],
      [CHANGE_CHANNEL, { tables: [], handlers: [], command: 'new-agreement' }],
      [CHANGE_CHANNEL, { tables: [], handlers: [], command: 'export-pdf' }],
    ]);
    expect(MENU_COMMANDS).toEqual(['new-client', 'new-agreement', 'export-pdf']);
  });

  it('sends nothing to a window that is gone', () => {
    sent.length = 0;
    destroyed = true;
    actions.newClient();
    destroyed = false;
    expect(sent).toEqual([]);
  });

  it('backs up through the core and says where', async () => {
    messages.length = 0;
    actions.backupNow();
    await settle(1);
    expect(messages[0]).toMatchObject({ type: 'info', message: 'Backup saved.' });
    const backups = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.db'));
    expect(backups).toHaveLength(1);
    expect(messages[0]!.detail).toContain(backups[0]);
  });

  it('restores a backup chosen in the backup folder, after asking', async () => {
    await core.call('clients.create', { name: 'Added After The Backup' });
    const [backup] = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.db'));
    messages.length = 0;
    nextOpen = [path.join(dir, 'backups', backup!)];
    nextResponse = 1;
    actions.restoreBackup();
    await settle(2);
    expect(messages[0]).toMatchObject({ type: 'warning', buttons: ['Cancel', 'Restore'], cancelId: 0, defaultId: 0 });
    expect(messages[1]).toMatchObject({ type: 'info', message: `Restored ${backup}.` });
    const clients = await core.call('clients.list', { status: 'all' });
    expect(clients.ok && (clients.value as { name: string }[]).map((client) => client.name)).toEqual([]);
  });

  it('changes nothing when the question is cancelled', async () => {
    await core.call('clients.create', { name: 'Kept' });
    const [backup] = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('cadence-') && name.endsWith('.db'));
    messages.length = 0;
    nextOpen = [path.join(dir, 'backups', backup!)];
    nextResponse = 0;
    actions.restoreBackup();
    await settle(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages).toHaveLength(1);
    const clients = await core.call('clients.list', { status: 'all' });
    expect(clients.ok && (clients.value as { name: string }[]).map((client) => client.name)).toEqual(['Kept']);
  });

  it('refuses a file outside the backup folder, saying why', async () => {
    const elsewhere = path.join(tempDir('cadence-elsewhere-'), 'cadence-2024-01-01.db');
    fs.writeFileSync(elsewhere, '');
    messages.length = 0;
    nextOpen = [elsewhere];
    actions.restoreBackup();
    await settle(1);
    expect(messages[0]).toMatchObject({ type: 'error', message: 'Cadence restores backups from its backup folder.' });
  });

  it('does nothing when the file dialog is cancelled', async () => {
    messages.length = 0;
    nextOpen = [];
    actions.restoreBackup();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages).toEqual([]);
  });

  it('opens the data folder (the database’s folder) through the guarded opener', async () => {
    messages.length = 0;
    actions.openDataFolder();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toEqual([dir]);
    expect(messages).toEqual([]);
  });

  it('backs up into, and restores from, the folder the coach chose (the core’s answer)', async () => {
    const chosen = path.join(tempDir('cadence-chosen-'), 'Synced backups');
    await core.call('settings.update', { backupFolder: chosen });
    backupFolder = () => chosen;
    messages.length = 0;
    actions.backupNow();
    await settle(1);
    const [backup] = fs.readdirSync(chosen).filter((name) => name.endsWith('-manual.db'));
    expect(messages[0]).toMatchObject({ type: 'info', message: 'Backup saved.', detail: `${backup}\nin ${chosen}` });

    messages.length = 0;
    nextOpen = [path.join(chosen, backup!)];
    nextResponse = 1;
    actions.restoreBackup();
    await settle(2);
    expect(messages[1]).toMatchObject({ type: 'info', message: `Restored ${backup}.` });
  });
});
