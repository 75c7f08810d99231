import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchQuery, useLiveQuery } from '../../renderer/lib/useLiveQuery.ts';

afterEach(() => {
  cleanup();
  delete window.cadence;
});

/** The desktop bridge, answering settings.get with the business name given. */
function bridge(businessName: string) {
  const invoke = vi.fn(async () => ({ ok: true as const, value: { businessName } }));
  window.cadence = { invoke, onChange: () => () => {} };
  return invoke;
}

/** Notes what each render showed. */
function Probe({ seen }: { seen: string[] }) {
  const query = useLiveQuery('settings.get', {}, ['settings']);
  seen.push(query.loaded ? (query.data as { businessName: string }).businessName : 'loading');
  return null;
}

describe('useLiveQuery and prefetchQuery', () => {
  it('sends a read once when it is prefetched twice, and the mount takes it without asking again', async () => {
    const invoke = bridge('Harbour Lane');
    prefetchQuery('settings.get', {});
    prefetchQuery('settings.get', {});
    expect(invoke).toHaveBeenCalledTimes(1);
    const seen: string[] = [];
    await act(async () => {
      render(<Probe seen={seen} />);
    });
    expect(seen.at(-1)).toBe('Harbour Lane');
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('shows a prefetched answer that is already in from the first render', async () => {
    const invoke = bridge('North Star');
    prefetchQuery('settings.get', {});
    await act(async () => undefined); // the answer arrives before the screen mounts
    const seen: string[] = [];
    await act(async () => {
      render(<Probe seen={seen} />);
    });
    expect(seen[0]).toBe('North Star');
    expect(seen).not.toContain('loading');
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('without a prefetch, renders loading and then the answer', async () => {
    const invoke = bridge('Solo Practice');
    const seen: string[] = [];
    await act(async () => {
      render(<Probe seen={seen} />);
    });
    expect(seen[0]).toBe('loading');
    expect(seen.at(-1)).toBe('Solo Practice');
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});
