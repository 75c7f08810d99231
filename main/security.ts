// Security in one place: the Content-Security-Policy both hosts send, the window options,
// the checks on who may call the core, and the one function that opens links. Electron is
// imported as types only, so this module loads in plain Node and is tested with fakes.
import path from 'node:path';
import type { BrowserWindowConstructorOptions, Session, Shell, WebContents } from 'electron';

/**
 * The one CSP, sent by the app:// protocol and the browser host alike. No 'unsafe-eval' and
 * no remote origin: the UI is entirely local. Inline styles are allowed because React's
 * style attribute and the component libraries set them; inline scripts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The origin the desktop UI is served from (a privileged, standard, secure scheme). */
export const APP_ORIGIN = 'app://cadence';
export const APP_SCHEME = 'app';
export const APP_HOST = 'cadence';

/** Where and how large the window opens (remembered between launches, see window-state.ts). */
export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** The BrowserWindow class, or a test's stand-in for it. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates Cadence's window. The constructor is passed in (so this module stays free of
 * Electron at run time) and called with the options written out in place: Electronegativity
 * reads them here, on the `new BrowserWindow({...})` itself, and checks each one.
 */
export function createAppWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  preloadPath: string,
  bounds: WindowBounds = DEFAULT_WINDOW_SIZE,
): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Cadence',
    backgroundColor: '#ffffff',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      // Reviewed for Electronegativity: the preload exposes two functions (test/unit/electron-security.test.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click (auxclick) on a link would ask for a new window; refused twice over.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
}

function parseUrl(url: string | undefined): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of Cadence's own origin (app://cadence/...), the only page allowed to call the core. */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Links we hand to the operating system: web pages only, never file:, javascript: or app handlers. */
export function isSafeExternalUrl(url: string | undefined): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    // user:pass@ in a link is a classic way to disguise where it really goes.
    parsed.username === '' &&
    parsed.password === ''
  );
}

export type ExternalOpener = Pick<Shell, 'openExternal'>;

/** The single place Cadence opens a link outside itself. Returns whether it did. */
export async function safeOpenExternal(url: string, shell: ExternalOpener): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  // Electronegativity asks for a review of every openExternal; this is the one, checked above.
  await shell.openExternal(new URL(url).href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

export type GuardableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * The page may only ever show Cadence: navigation away is refused (a safe web link opens
 * in the user's browser instead), window.open never makes a window, <webview> never attaches.
 */
export function guardWebContents(contents: GuardableContents, shell: ExternalOpener): void {
  const refuseForeign = (event: { preventDefault(): void; url: string }) => {
    if (isTrustedSenderUrl(event.url)) return;
    event.preventDefault();
    void safeOpenExternal(event.url, shell).catch(() => undefined);
  };
  contents.on('will-navigate', (event) => refuseForeign(event));
  contents.on('will-redirect', (event) => {
    // A redirect is never a user's click: refuse it without opening anything.
    if (!isTrustedSenderUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void safeOpenExternal(url, shell).catch(() => undefined);
    return { action: 'deny' };
  });
}

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Cadence needs no camera, microphone, location, notifications or the like: every request is refused. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** True when `target` is `folder` itself or lies inside it (by name, after resolving `..`). */
export function isPathInside(target: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(target));
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

export type PathOpener = Pick<Shell, 'openPath'>;

/**
 * The single place Cadence asks the OS to open a local path: only folders inside the ones
 * the caller allows (the data and backup folders), never a file (which could be a program).
 * Returns whether it did.
 */
export async function safeOpenFolder(
  folder: string,
  allowedFolders: readonly string[],
  shell: PathOpener,
  isDirectory: (folder: string) => boolean,
): Promise<boolean> {
  if (!path.isAbsolute(folder) || !allowedFolders.some((allowed) => isPathInside(folder, allowed))) return false;
  if (!isDirectory(folder)) return false;
  // openPath answers an error message, or '' when it worked.
  return (await shell.openPath(path.resolve(folder))) === '';
}
