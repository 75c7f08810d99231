// The layering of docs/architecture.md, checked on the source: the renderer never touches
// Node, SQLite or the core's runtime code, and the core knows nothing of Electron or React.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function imports(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  }
  for (const match of text.matchAll(/(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ specifier: match[1]!, typeOnly: false });
  }
  return found;
}

describe('architecture', () => {
  it('the renderer runs src/domain and takes only types from the rest of the core, and never Node, SQLite or the hosts', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('renderer')) {
      for (const { specifier, typeOnly } of imports(file)) {
        const resolved = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier;
        // src/domain is pure TypeScript (no Node, no I/O): the renderer calls its rules instead of copying them.
        const intoCore = resolved.startsWith(path.join(root, 'src')) && !resolved.startsWith(path.join(root, 'src', 'domain') + path.sep);
        const intoHosts = resolved.startsWith(path.join(root, 'main'));
        const nodeOnly = /^(node:|fs$|path$|child_process$|better-sqlite3|kysely|electron$)/.test(specifier);
        if ((intoCore && !typeOnly) || intoHosts || nodeOnly) offenders.push(`${path.relative(root, file)}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the core never imports Electron, React or the renderer', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('src')) {
      for (const { specifier } of imports(file)) {
        if (/^(electron|react|react-dom|zustand)(\/|$)/.test(specifier) || specifier.includes('/renderer/')) {
          offenders.push(`${path.relative(root, file)}: ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds the imports it checks (the check itself works)', () => {
    const sample = sourceFiles('src').find((f) => f.endsWith(path.join('api', 'core.ts')))!;
    expect(imports(sample).map((i) => i.specifier)).toContain('../store/open.ts');
  });
});
