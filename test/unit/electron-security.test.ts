// The desktop host's security rules, tested without Electron: the window options, which
// URLs may call the core or be opened, the CSP, the app:// path resolver, and the guards
// applied to every web contents and session (with fakes, as Electron is a boundary we
// cannot run here).
import path from 'node:path';
import vm from 'node:vm';
import type { BrowserWindowConstructorOptions } from 'electron';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, isClientRoute, resolveStaticPath } from '../../main/protocol.ts';
import {
  CONTENT_SECURITY_POLICY,
  createAppWindow,
  denyAllPermissions,
  type ExternalOpener,
  type GuardableContents,
  guardWebContents,
  isPathInside,
  isSafeExternalUrl,
  isTrustedSenderUrl,
  type PermissionSession,
  safeOpenExternal,
  safeOpenFolder,
} from '../../main/security.ts';

function fakeShell(): ExternalOpener & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    openExternal: async (url: string) => {
      opened.push(url);
    },
  };
}

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  /** Emits an event the way Electron does and says whether the page's action was prevented. */
  const emit = (name: string, url = ''): boolean => {
    let prevented = false;
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents: contents as unknown as GuardableContents, emit, open };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Stands in for BrowserWindow: records the options it was built with. */
class FakeWindow {
  readonly options: BrowserWindowConstructorOptions;
  constructor(options: BrowserWindowConstructorOptions) {
    this.options = options;
  }
}

describe('window options', () => {
  const { options } = createAppWindow(FakeWindow, '/app/dist-electron/preload.cjs');
  const web = options.webPreferences!;

  it('isolate and sandbox the page, with Node nowhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.webSecurity).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.disableBlinkFeatures).toContain('Auxclick');
    expect(web.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('set nothing else that loosens the page (every key is one reviewed here)', () => {
    expect(Object.keys(web).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('open hidden at a usable size, or where the window was last', () => {
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ width: 1280, height: 820, minWidth: 960, minHeight: 600 });
    expect(web.spellcheck).toBe(true);
    const placed = createAppWindow(FakeWindow, '/p.cjs', { x: 40, y: 30, width: 1500, height: 900 }).options;
    expect(placed).toMatchObject({ x: 40, y: 30, width: 1500, height: 900, minWidth: 960 });
    expect(placed.webPreferences?.sandbox).toBe(true);
  });
});

describe('trusted senders', () => {
  it('accepts only pages of app://cadence', () => {
    expect(isTrustedSenderUrl('app://cadence/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://cadence/clients/0193?tab=notes')).toBe(true);
  });

  it.each([
    'http://127.0.0.1:5173/',
    'https://cadence/index.html',
    'file:///app/dist/renderer/index.html',
    'app://evil/index.html',
    'app://cadence.evil/index.html',
    'app://cadence@evil/index.html',
    'app://cadence:8080/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('refuses an unknown sender', () => {
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });
});

describe('external links', () => {
  it('allows web pages', () => {
    expect(isSafeExternalUrl('https://example.com/help')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-settings:privacy',
    'vscode://file/etc/passwd',
    'app://cadence/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.com/',
    'mailto:someone@example.com',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('safeOpenExternal opens safe links and nothing else', async () => {
    const shell = fakeShell();
    expect(await safeOpenExternal('https://example.com/a b', shell)).toBe(true);
    expect(await safeOpenExternal('javascript:alert(1)', shell)).toBe(false);
    expect(await safeOpenExternal('file:///etc/passwd', shell)).toBe(false);
    expect(shell.opened).toEqual(['https://example.com/a%20b']);
  });
});

describe('local folders', () => {
  const data = path.resolve('/home/coach/.config/Cadence');

  it('knows what is inside a folder, by name after resolving ..', () => {
    expect(isPathInside(data, data)).toBe(true);
    expect(isPathInside(path.join(data, 'backups'), data)).toBe(true);
    expect(isPathInside(path.join(data, '..', 'Other'), data)).toBe(false);
    expect(isPathInside(`${data}-evil`, data)).toBe(false);
    expect(isPathInside(path.resolve('/etc'), data)).toBe(false);
  });

  it('safeOpenFolder opens an allowed, existing folder and nothing else', async () => {
    const opened: string[] = [];
    const shell = {
      openPath: async (target: string) => {
        opened.push(target);
        return '';
      },
    };
    const folders = new Set([data, path.join(data, 'backups'), path.resolve('/etc')]);
    const isDirectory = (folder: string) => folders.has(path.resolve(folder));
    expect(await safeOpenFolder(data, [data], shell, isDirectory)).toBe(true);
    expect(await safeOpenFolder(path.join(data, 'backups'), [data], shell, isDirectory)).toBe(true);
    // Outside the allowed folders, a file rather than a folder, a relative path: refused.
    expect(await safeOpenFolder(path.resolve('/etc'), [data], shell, isDirectory)).toBe(false);
    expect(await safeOpenFolder(path.join(data, 'cadence.db'), [data], shell, isDirectory)).toBe(false);
    expect(await safeOpenFolder(path.join(data, '..', '..'), [data], shell, isDirectory)).toBe(false);
    expect(await safeOpenFolder('backups', [data], shell, isDirectory)).toBe(false);
    expect(opened).toEqual([data, path.join(data, 'backups')]);
  });

  it('safeOpenFolder reports the OS refusing', async () => {
    const shell = { openPath: async () => 'No application is registered' };
    expect(await safeOpenFolder(data, [data], shell, () => true)).toBe(false);
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );

  it('allows no eval and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|wss?:/);
  });

  it('runs only our own scripts, and can be neither framed nor used to post forms', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('guarded web contents', () => {
  it('lets the page move within app://cadence', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, fakeShell());
    expect(emit('will-navigate', 'app://cadence/clients')).toBe(false);
  });

  it('refuses navigation away, opening a safe web link in the browser instead', async () => {
    const shell = fakeShell();
    const { contents, emit } = fakeContents();
    guardWebContents(contents, shell);
    expect(emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emit('will-redirect', 'https://example.com/elsewhere')).toBe(true);
    await settle();
    expect(shell.opened).toEqual(['https://example.com/']);
  });

  it('never opens a window, and never attaches a webview', async () => {
    const shell = fakeShell();
    const { contents, emit, open } = fakeContents();
    guardWebContents(contents, shell);
    expect(open('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('app://cadence/index.html')).toEqual({ action: 'deny' });
    expect(emit('will-attach-webview')).toBe(true);
    await settle();
    expect(shell.opened).toEqual(['https://example.com/docs']);
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as PermissionSession;
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const answers: boolean[] = [];
      request!(null, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(check!(null, permission, 'app://cadence', {})).toBe(false);
    }
  });
});

describe('app:// path resolution', () => {
  const root = path.resolve('/srv/cadence/dist/renderer');

  it('maps paths to files inside the renderer build', () => {
    expect(resolveStaticPath(root, '/')).toBe(root);
    expect(resolveStaticPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app-1a2b.js')).toBe(path.join(root, 'assets', 'app-1a2b.js'));
    expect(resolveStaticPath(root, '/assets/my%20font.woff2')).toBe(path.join(root, 'assets', 'my font.woff2'));
    // Decoded once: a doubly encoded dot-dot is only a strange name inside the root.
    expect(resolveStaticPath(root, '/%252e%252e/x')).toBe(path.join(root, '%2e%2e', 'x'));
    // A name that merely starts with two dots is not the parent directory.
    expect(resolveStaticPath(root, '/..hidden')).toBe(path.join(root, '..hidden'));
  });

  it.each([
    '/../package.json',
    '/..',
    '/assets/../../secret',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%E0%A4%A',
    '/index.html%00.js',
  ])('refuses %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });

  it('keeps backslashes inside the root (a separator on Windows, a plain character elsewhere)', () => {
    const resolved = resolveStaticPath(root, '/..%5c..%5cwindows%5cwin.ini');
    if (path.sep === '\\') expect(resolved).toBeNull();
    else expect(resolved).toBe(path.join(root, '..\\..\\windows\\win.ini'));
  });

  it('sends client routes to index.html, but not missing files', () => {
    expect(isClientRoute('/clients/0193abcd')).toBe(true);
    expect(isClientRoute('/')).toBe(true);
    expect(isClientRoute('/assets/missing.js')).toBe(false);
  });

  it('names content types so nosniff can hold', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the preload bundle', () => {
  /** Bundles main/preload.ts as the build does and runs it against a fake 'electron'. */
  async function loadPreload() {
    const result = await build({
      entryPoints: [path.join(import.meta.dirname, '..', '..', 'main', 'preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
    });
    const code = result.outputFiles[0]!.text;
    const required: string[] = [];
    const exposed = new Map<string, Record<string, unknown>>();
    const rendererListeners = new Map<string, (...args: unknown[]) => void>();
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => invoked.push(args),
        on: (channel: string, listener: (...args: unknown[]) => void) => rendererListeners.set(channel, listener),
        removeListener: (channel: string) => rendererListeners.delete(channel),
      },
    };
    const fakeRequire = (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return electron;
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: fakeRequire, module, exports: module.exports });
    return { required, exposed, rendererListeners, invoked };
  }

  it('requires only electron and exposes invoke and onChange, nothing else', async () => {
    const { required, exposed } = await loadPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['cadence']);
    expect(Object.keys(exposed.get('cadence')!).sort()).toEqual(['invoke', 'onChange']);
  });

  it('forwards calls and change events without handing the IPC event to the page', async () => {
    const { exposed, rendererListeners, invoked } = await loadPreload();
    const api = exposed.get('cadence') as {
      invoke(name: string, input: unknown): Promise<unknown>;
      onChange(listener: (...args: unknown[]) => void): () => void;
    };
    await api.invoke('clients.list', { search: 'ada' });
    expect(invoked).toEqual([['cadence:invoke', 'clients.list', { search: 'ada' }]]);

    const heard: unknown[][] = [];
    const unsubscribe = api.onChange((...args) => heard.push(args));
    rendererListeners.get('cadence:change')!({ sender: 'the IPC event' }, { tables: ['clients'] });
    expect(heard).toEqual([[{ tables: ['clients'] }]]);
    unsubscribe();
    expect(rendererListeners.has('cadence:change')).toBe(false);
  });
});
