// main/electron.ts cannot run here (no Electron binary), so its wiring is checked on the
// source: each security rule defined in security.ts is applied, and the calls that only
// security.ts may make (openExternal, openPath, new BrowserWindow) appear nowhere else.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const mainDir = path.join(import.meta.dirname, '..', '..', 'main');
const source = (file: string) => fs.readFileSync(path.join(mainDir, file), 'utf8');
const mainFiles = fs.readdirSync(mainDir).filter((file) => file.endsWith('.ts'));
/** The code without comments, so a commented-out line does not count as wiring. */
const code = (file: string) =>
  source(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('the desktop app applies every rule', () => {
  const electron = code('electron.ts');

  it.each([
    ['sandbox for every renderer', /app\.enableSandbox\(\)/],
    [
      'the app:// scheme registered as standard and secure',
      /registerSchemesAsPrivileged\(\[\s*\{ scheme: APP_SCHEME, privileges: \{ standard: true, secure: true/,
    ],
    ['the protocol handler serving the build', /protocol\.handle\(APP_SCHEME, createAppProtocolHandler\(rendererDir\)\)/],
    ['the guard on every web contents', /app\.on\('web-contents-created', \(_event, contents\) => guardWebContents\(contents, shell\)\)/],
    ['permissions refused', /denyAllPermissions\(session\.defaultSession\)/],
    ['the IPC sender check', /registerIpc\(ipcMain, core,/],
    ['one instance', /app\.requestSingleInstanceLock\(\)/],
    ['the window from the one builder', /createAppWindow\(BrowserWindow,/],
    ['the page loaded from app://cadence', /loadURL\(`\$\{APP_ORIGIN\}\/index\.html`\)/],
    ['native save dialogs for downloads', /saveDownloadsThroughDialog\(session\.defaultSession,/],
    ['the smoke test save folder only through its guard (unpackaged, test flag)', /testSaveFolder\(process\.env, app\.isPackaged\)/],
    ['call reminders planned from the core', /startCallReminders\(\{ core, show: showReminder/],
  ])('%s', (_rule, pattern) => {
    expect(electron).toMatch(pattern);
  });

  it.each([
    ['shell.openExternal', /\.openExternal\(/],
    ['shell.openPath', /\.openPath\(/],
    ['new BrowserWindow', /new BrowserWindow\(/],
    ['webPreferences', /webPreferences/],
  ])('%s appears only in security.ts', (_call, pattern) => {
    const users = mainFiles.filter((file) => pattern.test(code(file)));
    expect(users).toEqual(['security.ts']);
  });

  it('the smoke test switches are read in one guarded place', () => {
    const readers = mainFiles.filter((file) => /CADENCE_E2E|CADENCE_TEST_SAVE_DIR/.test(code(file)));
    expect(readers).toEqual(['dialogs.ts']);
  });

  it('the page is never loaded from file:// or over http', () => {
    for (const file of mainFiles.filter((name) => name !== 'http.ts')) {
      expect(code(file), file).not.toMatch(/loadFile\(|loadURL\(['"`](file|https?):/);
    }
  });
});

describe('Electronegativity suppressions', () => {
  it('are the reviewed ones only, each beside its reason', () => {
    const found: string[] = [];
    for (const file of mainFiles) {
      const lines = source(file).split('\n');
      lines.forEach((line, index) => {
        const match = /eng-disable\s+([\w ]+)/.exec(line);
        if (!match) return;
        found.push(`${file}: ${match[1]!.trim()}`);
        // The reason is the comment line just above.
        expect(lines[index - 1]?.trim(), `${file}:${index + 1}`).toMatch(/^\/\/ /);
      });
    }
    expect(found.sort()).toEqual(['security.ts: OPEN_EXTERNAL_JS_CHECK', 'security.ts: PRELOAD_JS_CHECK']);
  });
});
