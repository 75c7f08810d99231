import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../renderer/api.ts';
import { prefetchQuery, useLiveQuery } from '../../renderer/lib/useLiveQuery.ts';
import { startLiveUpdates } from '../../renderer/stores/live.ts';
import { readersOf } from '../../src/api/core.ts';

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
  const query = useLiveQuery('settings.get', {});
  seen.push(query.loaded ? (query.data as { businessName: string }).businessName : 'loading');
  return null;
}

/** Shows nothing; asks for the settings as a screen would. */
function SettingsQuery() {
  useLiveQuery('settings.get', {});
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

  it('reads again when a write touches a table its handler declares it reads, and not after another write', async () => {
    const invoke = bridge('Harbour Lane');
    let send: ((event: ChangeEvent) => void) | undefined;
    window.cadence!.onChange = (listener) => {
      send = listener;
      return () => {};
    };
    const stop = startLiveUpdates();
    await act(async () => {
      render(<SettingsQuery />);
    });
    expect(invoke).toHaveBeenCalledTimes(1);
    // The events the core sends after a work log is added and after the settings are saved.
    await act(async () => send!({ tables: ['work_logs'], handlers: readersOf(['work_logs']) }));
    expect(invoke).toHaveBeenCalledTimes(1);
    await act(async () => send!({ tables: ['settings'], handlers: readersOf(['settings']) }));
    expect(invoke).toHaveBeenCalledTimes(2);
    expect(invoke).toHaveBeenLastCalledWith('settings.get', {});
    stop();
  });
});
