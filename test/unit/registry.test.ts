// The registry: each handler under one name, given once, in the file named after its noun.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildRegistry, handler } from '../../src/api/contract.ts';
import { registry } from '../../src/api/index.ts';

const answer = (value: string) => handler({ input: z.strictObject({}), reads: [], writes: [], run: () => value });

describe('the registry builder', () => {
  it('keeps every handler of every map under its name', () => {
    const one = answer('one');
    const built = buildRegistry({ 'clients.list': answer('list') }, { 'clients.get': one, 'settings.get': answer('settings') });
    expect(Object.keys(built).sort()).toEqual(['clients.get', 'clients.list', 'settings.get']);
    expect(built['clients.get']).toBe(one);
  });

  it('refuses a name given twice, naming it, instead of keeping the last', () => {
    expect(() =>
      buildRegistry({ 'clients.list': answer('first') }, { 'clients.get': answer('one') }, { 'clients.list': answer('second') }),
    ).toThrow(/"clients\.list"/);
  });
});

const API = path.join(import.meta.dirname, '..', '..', 'src', 'api');

/** `work-logs.ts` holds the `workLogs.*` handlers. */
const prefixOf = (file: string) => file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function isHandlerMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((entry) => typeof entry === 'object' && entry !== null && 'run' in entry && 'reads' in entry);
}

describe('the files of src/api', () => {
  it('hold each handler in the file named after its prefix, and a helper file is not named like a prefix', async () => {
    const held = new Map<string, string[]>();
    for (const file of fs.readdirSync(API).filter((name) => name.endsWith('.ts') && name !== 'index.ts')) {
      const module = (await import(path.join(API, file))) as Record<string, unknown>;
      held.set(file, Object.values(module).filter(isHandlerMap).flatMap(Object.keys));
    }
    const misplaced = [...held].flatMap(([file, names]) =>
      names.filter((name) => name.split('.')[0] !== prefixOf(file)).map((name) => `${name} in ${file}`),
    );
    expect(misplaced).toEqual([]);
    // Every handler of the registry is in one file, and nothing outside the registry looks like one.
    expect([...held.values()].flat().sort()).toEqual(Object.keys(registry).sort());
    const prefixes = new Set(Object.keys(registry).map((name) => name.split('.')[0]));
    expect([...held].filter(([file, names]) => names.length === 0 && prefixes.has(prefixOf(file))).map(([file]) => file)).toEqual([]);
  });
});
