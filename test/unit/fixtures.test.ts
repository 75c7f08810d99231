// The worked examples in test/fixtures/examples are facts that the tests compare with. They are
// copies of the published examples; when those sit next to this repository (a development
// checkout), the copies must be byte-identical. A clone on its own has no such folder: the test
// then checks only what it can, and still passes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from './helpers.ts';

const published = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'examples');

const workspaces = [
  { name: 'workspace-b.json', version: 1, exportedAt: '2026-02-20T09:00:00Z' },
  { name: 'workspace-d.json', version: 2, exportedAt: '2026-04-30T17:00:00Z' },
];
const figures = [
  { name: 'expected-b.json', asOf: '2026-02-20', icsClient: 'e1' },
  { name: 'expected-d.json', asOf: '2026-04-30', icsClient: 'f1' },
];

function sameAsPublished(name: string): void {
  const copy = fs.readFileSync(fixturePath(name));
  expect(copy.length).toBeGreaterThan(0);
  if (fs.existsSync(published)) {
    const original = fs.readFileSync(path.join(published, name));
    expect(copy.equals(original), `${name} differs from the published example`).toBe(true);
  }
}

describe('worked example fixtures', () => {
  it.each(workspaces)('$name is a workspace file of version $version, as published', ({ name, version, exportedAt }) => {
    const file = readFixture(name) as { format: unknown; version: unknown; exportedAt: unknown; clients: unknown };
    expect(file.format).toBe('cadence-workspace');
    expect(file.version).toBe(version);
    expect(file.exportedAt).toBe(exportedAt);
    expect(Array.isArray(file.clients)).toBe(true);
    sameAsPublished(name);
  });

  it.each(figures)('$name holds the figures as of $asOf, as published', ({ name, asOf, icsClient }) => {
    const file = readFixture(name) as { asOf: unknown; icsClient: unknown; icsStarts: unknown; forecast: unknown; metrics: unknown };
    expect(file.asOf).toBe(asOf);
    expect(file.icsClient).toBe(icsClient);
    expect(Array.isArray(file.icsStarts) && file.icsStarts.length > 0).toBe(true);
    expect(file.forecast).toBeTypeOf('object');
    expect(file.metrics).toBeTypeOf('object');
    sameAsPublished(name);
  });
});
