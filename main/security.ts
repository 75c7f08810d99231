// Security in one place: the Content-Security-Policy both hosts send, the window options,
// the checks on who may call the core, and the one function that opens links. Electron is
// imported as types only, so this module loads in plain Node and is tested with fakes.
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

export function buildWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Cadence',
    backgroundColor: '#ffffff',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
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
      spellcheck: true,
    },
  };
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
  await shell.openExternal(new URL(url).href);
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
