// Electronegativity through scripts/lint-electron.mjs: main/ has no finding at MEDIUM or
// above, and the same run does find the mistakes it exists for (so a silent linter, one
// that parsed nothing or loaded no check, cannot pass).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { evaluateCsp, lintElectron } from '../../scripts/lint-electron.mjs';
import { tempDir } from './helpers.ts';

interface Issue {
  id: string;
  file: string;
  severity: { value: number; name: string };
}
interface LintResult {
  atomicChecks: number;
  globalChecks: number;
  issues: Issue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

const MEDIUM = 2;

describe('electronegativity', { timeout: 60_000 }, () => {
  it('finds nothing at MEDIUM or above in main/, and parses every file', async () => {
    const result = (await lintElectron()) as LintResult;
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);
    expect(result.issues.filter((issue) => issue.severity.value >= MEDIUM).map((issue) => `${issue.id} ${issue.file}`)).toEqual([]);
  });

  it('reports an insecure window, an unchecked openExternal, no navigation limit and no permission handler', async () => {
    const dir = tempDir('cadence-eng-');
    fs.writeFileSync(
      path.join(dir, 'bad.ts'),
      [
        "import { BrowserWindow, shell, type WebContents } from 'electron';",
        'export function open(url: string, contents: WebContents) {',
        '  const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });',
        '  void shell.openExternal(url);',
        '  return { window, contents };',
        '}',
      ].join('\n'),
    );
    const result = (await lintElectron(dir)) as LintResult;
    const ids = new Set(result.issues.filter((issue) => issue.severity.value >= MEDIUM).map((issue) => issue.id));
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      // Global checks: main/ passes them because security.ts limits navigation and permissions.
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('judges the CSP both hosts send: nothing worse than a note', async () => {
    const findings = (await evaluateCsp()) as { severity: string; failing: boolean }[];
    expect(findings.filter((finding) => finding.failing)).toEqual([]);
  });
});
