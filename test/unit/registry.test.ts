// The registry: each handler under one name, given once.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildRegistry, handler } from '../../src/api/contract.ts';

const answer = (value: string) => handler({ input: z.strictObject({}), reads: [], writes: [], run: () => value });

describe('the registry builder', () => {
  it('keeps every handler of every map under its name', () => {
    const registry = buildRegistry(
      { 'clients.list': answer('list') },
      { 'clients.get': answer('one'), 'settings.get': answer('settings') },
    );
    expect(Object.keys(registry).sort()).toEqual(['clients.get', 'clients.list', 'settings.get']);
    expect(registry['clients.get'].run()).toBe('one');
  });

  it('refuses a name given twice, naming it, instead of keeping the last', () => {
    expect(() =>
      buildRegistry({ 'clients.list': answer('first') }, { 'clients.get': answer('one') }, { 'clients.list': answer('second') }),
    ).toThrow(/"clients\.list"/);
  });
});
