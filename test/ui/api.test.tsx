import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../renderer/api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.cadence;
});

describe('api.call over HTTP', () => {
  it('posts JSON to /api/<name> and reads the Result body whatever the status', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'bad', fields: { email: 'must be an email' } } }),
          { status: 400 },
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await api.call('clients.create', { name: 'Ada', email: 'x' });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/clients.create',
      expect.objectContaining({ method: 'POST', credentials: 'same-origin', body: JSON.stringify({ name: 'Ada', email: 'x' }) }),
    );
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'bad', fields: { email: 'must be an email' } } });
  });

  it('turns a dead connection into an internal error instead of throwing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await api.call('settings.get', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });

  it('uses the desktop bridge when the preload provides one', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: { onboarded: true } }));
    window.cadence = { invoke, onChange: () => () => {} };
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const result = await api.call('data.status', {});
    expect(invoke).toHaveBeenCalledWith('data.status', {});
    expect(fetchMock).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: true, value: { onboarded: true } });
  });
});
