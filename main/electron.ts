// The desktop app: one instance, one window, the UI from app://cadence, the core in this
// process. Every security rule applied here is defined in security.ts.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor, protocol, screen, session, shell } from 'electron';
import { type Core, openCore } from '../src/api/core.ts';
import { appDataFolder } from '../src/paths.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { saveDownloadsThroughDialog, testSaveFolder } from './dialogs.ts';
import { registerIpc } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { createMenuActions } from './menu-actions.ts';
import { type CallReminder, type CallReminders, startCallReminders } from './notify.ts';
import { APP_ORIGIN, APP_SCHEME, createAppWindow, denyAllPermissions, guardWebContents } from './security.ts';
import { initialBounds, readWindowState, rememberWindowState, WINDOW_STATE_FILE } from './window-state.ts';

// Must happen before 'ready'. Standard + secure gives the UI a real origin (app://cadence)
// that 'self' in the CSP, fetch and storage understand; nothing else is granted.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Every renderer sandboxed, whatever options a future window is created with.
app.enableSandbox();
// The data folder per platform, from the one rule the CLI also uses (src/paths.ts), so both
// open the same workspace; set before 'ready' so Chromium's own files land there too.
app.setPath('userData', appDataFolder());

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let callReminders: CallReminders | null = null;
// Shown notifications, held until they close: one collected early loses its click.
const notifications = new Set<Notification>();

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one workspace is what the lock is for: hand over and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Guards every web contents ever created, not only the ones we make on purpose.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', (event) => {
    callReminders?.stop();
    callReminders = null;
    if (!core) return;
    // Close the database (and its WAL) before the process goes; then quit for real.
    const closing = core;
    core = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Cadence could not start', error);
      app.exit(1);
    });
}

function start(): void {
  const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
  // The core finds its fonts and templates here once bundled (see src/paths.ts).
  process.env.CADENCE_ASSETS ??= path.join(app.getAppPath(), 'assets');
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
  denyAllPermissions(session.defaultSession);
  saveDownloadsThroughDialog(session.defaultSession, () => app.getPath('documents'), testSaveFolder(process.env, app.isPackaged));

  const dbPath = process.env.CADENCE_DB ?? path.join(app.getPath('userData'), 'cadence.db');
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  // A damaged file is moved aside and reported by the core (data.status → recovery); a newer
  // workspace opens read-only. The page shows both.
  core = openCore({ dbPath, onDamaged: 'move-aside', warmUp: true, log: (message, error) => console.error(message, error) });
  registerIpc(ipcMain, core, () => BrowserWindow.getAllWindows());

  const actions = createMenuActions({
    core,
    dialog,
    shell,
    window: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
    dbPath,
    isDirectory: (folder) => fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false,
    log: (message) => console.warn(message),
  });
  app.setAboutPanelOptions({ applicationName: 'Cadence', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, development: !app.isPackaged, actions })));
  createWindow();

  // Windows shows notifications only for an app with an AppUserModelID (the installer's).
  if (process.platform === 'win32') app.setAppUserModelId('app.cadence.desktop');
  if (Notification.isSupported()) {
    callReminders = startCallReminders({ core, show: showReminder, log: (message) => console.warn(message) });
    // Timers do not run while the computer sleeps: on waking, plan from the real clock.
    powerMonitor.on('resume', () => void callReminders?.replan());
  }
}

function showReminder(reminder: CallReminder): void {
  const notification = new Notification({ title: reminder.title, body: reminder.body });
  notifications.add(notification);
  notification.on('click', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  notification.on('close', () => notifications.delete(notification));
  notification.show();
}

function createWindow(): void {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const saved = readWindowState(stateFile);
  const bounds = initialBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = createAppWindow(BrowserWindow, path.join(import.meta.dirname, 'preload.cjs'), bounds);
  mainWindow = window;
  rememberWindowState(window, stateFile, (message) => console.warn(message));
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}
