// The layers of docs/architecture.md are lint rules (biome.jsonc's overrides, run by
// `npm run lint`). This checks the rules themselves: each zone refuses the imports it must
// refuse and lets through what it must allow, on probe files linted with the project's own
// configuration in a scratch folder (nothing is written into the source tree).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');
const biome = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome');

interface Probe {
  file: string;
  source: string;
  /** Words of the zone's message, or null where the import is allowed. */
  refused: string | null;
}

const PROBES: Probe[] = [
  // src/domain: pure rules.
  { file: 'src/domain/p1.ts', source: "import { openStore } from '../store/open.ts';", refused: 'src/domain is pure' },
  { file: 'src/domain/p2.ts', source: "import type { Registry } from '../api/index.ts';", refused: 'src/domain is pure' },
  { file: 'src/domain/p3.ts', source: "import fs from 'node:fs';", refused: 'no I/O' },
  { file: 'src/domain/p4.ts', source: "import Sqlite from 'better-sqlite3';", refused: 'no I/O' },
  { file: 'src/domain/p5.ts', source: "import { useState } from 'react';", refused: 'no I/O' },
  { file: 'src/domain/p6.ts', source: "import { addDays } from './dates.ts';\nimport { z } from 'zod';", refused: null },
  // The store returns rows.
  { file: 'src/store/p1.ts', source: "import { registry } from '../api/index.ts';", refused: 'never imports the API' },
  { file: 'src/store/p2.ts', source: "import { addDays } from '../domain/dates.ts';", refused: null },
  // src/ never imports the hosts, the renderer, Electron or React.
  { file: 'src/api/p1.ts', source: "import { startBrowserHost } from '../../main/http.ts';", refused: 'never imports the hosts' },
  { file: 'src/p1.ts', source: "import { x } from '../main/cli.ts';", refused: 'never imports the hosts' },
  { file: 'src/documents/p1.ts', source: "import { App } from '../../renderer/App.tsx';", refused: 'never imports the hosts' },
  { file: 'src/api/p2.ts', source: "import { app } from 'electron';", refused: 'knows nothing of Electron' },
  { file: 'src/store/p3.ts', source: "import { create } from 'zustand';", refused: 'knows nothing of Electron' },
  { file: 'src/api/p3.ts', source: "import { openStore } from '../store/open.ts';", refused: null },
  // The renderer: src/domain at run time, the registry's types through renderer/api.ts.
  {
    file: 'renderer/lib/p1.ts',
    source: "import { openStore } from '../../src/store/open.ts';",
    refused: 'imports src/domain and nothing else',
  },
  {
    file: 'renderer/lib/p2.ts',
    source: "import type { Registry } from '../../src/api/index.ts';",
    refused: 'imports src/domain and nothing else',
  },
  { file: 'renderer/lib/p3.ts', source: "import fs from 'node:fs';", refused: 'never touches Node' },
  { file: 'renderer/lib/p4.ts', source: "import { core } from '../../main/ipc.ts';", refused: 'never imports the hosts' },
  { file: 'renderer/lib/p5.ts', source: "import { parseMoney } from '../../src/domain/money-text.ts';", refused: null },
  { file: 'renderer/api.ts', source: "import type { ApiName } from '../src/api/index.ts';", refused: null },
  // main/ hosts the core and never imports the renderer.
  { file: 'main/p1.ts', source: "import { App } from '../renderer/App.tsx';", refused: 'never imports the renderer' },
  { file: 'main/p2.ts', source: "import { openCore } from '../src/api/core.ts';", refused: null },
];

interface Diagnostic {
  category?: string;
  message?: string;
  location?: { path?: string };
}

let scratch = '';
let byFile = new Map<string, string[]>();

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-layers-'));
  fs.copyFileSync(path.join(root, 'biome.jsonc'), path.join(scratch, 'biome.jsonc'));
  for (const probe of PROBES) {
    const file = path.join(scratch, probe.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Each import is used, so the only findings are about where it comes from.
    const names = [...probe.source.matchAll(/import (?:type )?\{?\s*(\w+)/g)].map((m) => m[1]);
    fs.writeFileSync(file, `${probe.source}\n\nexport const used = [${names.map((n) => `typeof ${n}`).join(', ')}];\n`);
  }
  let out = '';
  try {
    out = execFileSync(biome, ['lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // Exit code 1 when something is refused: the report is on stdout all the same.
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { diagnostics: Diagnostic[] };
  byFile = new Map();
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.category !== 'lint/style/noRestrictedImports' && diagnostic.category !== 'lint/correctness/noNodejsModules') continue;
    const file = (diagnostic.location?.path ?? '').replaceAll('\\', '/');
    byFile.set(file, [...(byFile.get(file) ?? []), diagnostic.message ?? '']);
  }
}, 30_000);

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('the layers are lint rules', () => {
  it.each(PROBES.map((probe) => [probe.file, probe.source.split('\n')[0], probe]))('%s: %s', (_file, _source, probe) => {
    const found = byFile.get(probe.file) ?? [];
    if (probe.refused === null) expect(found).toEqual([]);
    else expect(found.join(' | ')).toContain(probe.refused);
  });

  it('renderer/api.ts takes the registry as types only (a lint zone cannot tell a type import apart)', () => {
    const text = fs.readFileSync(path.join(root, 'renderer', 'api.ts'), 'utf8');
    const fromCore = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]*src\/[^'"]+)['"]/gm)];
    expect(fromCore.length).toBeGreaterThan(0);
    expect(fromCore.filter((m) => !m[2] && !m[3]!.includes('src/domain/')).map((m) => m[0])).toEqual([]);
  });
});
