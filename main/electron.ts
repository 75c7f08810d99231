// The desktop app: one instance, one window, the UI from app://cadence, the core in this
// process. Every security rule applied here is defined in security.ts.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import { openCore, type Core } from '../src/api/core.ts';
import { registerIpc } from './ipc.ts';
import { contentTypeFor, isClientRoute, resolveStaticPath } from './protocol.ts';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  buildWindowOptions,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  guardWebContents,
} from './security.ts';

// Must happen before 'ready'. Standard + secure gives the UI a real origin (app://cadence)
// that 'self' in the CSP, fetch and storage understand; nothing else is granted.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer sandboxed, whatever options a future window is created with.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

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
  protocol.handle(APP_SCHEME, (request) => serveApp(rendererDir, request));
  denyAllPermissions(session.defaultSession);

  const dbPath = process.env.CADENCE_DB ?? path.join(app.getPath('userData'), 'cadence.db');
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  // A workspace that cannot be opened, or only read-only, is reported by the core to the UI.
  core = openCore({ dbPath, onDamaged: 'move-aside', log: (message, error) => console.error(message, error) });
  registerIpc(ipcMain, core, () => BrowserWindow.getAllWindows());

  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));
  createWindow();
}

function createWindow(): void {
  const window = new BrowserWindow(buildWindowOptions(path.join(import.meta.dirname, 'preload.cjs')));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

async function serveApp(rendererDir: string, request: Request): Promise<Response> {
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  const url = new URL(request.url);
  const resolved = url.hostname === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
  if (resolved === null) return new Response('Not found', { status: 404, headers });
  let file = resolved;
  if (!isFile(file) && (file === path.resolve(rendererDir) || isClientRoute(url.pathname))) {
    file = path.join(rendererDir, 'index.html');
  }
  try {
    const body = await fs.promises.readFile(file);
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file) } });
  } catch {
    const missingUi = file.endsWith('index.html');
    return new Response(missingUi ? 'The Cadence interface has not been built: run "npm run build".' : 'Not found', {
      status: 404,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function menuTemplate(): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    // macOS has About in the app menu; elsewhere it lives under Help.
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}
