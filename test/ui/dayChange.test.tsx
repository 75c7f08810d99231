// When the workspace's day ends (the core says when, in data.status), every screen reads
// again: Today's calls and what is overdue belong to the new day.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '../../renderer/lib/useLiveQuery.ts';
import { useStatus } from '../../renderer/stores/status.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete window.cadence;
});

function TodayQuery() {
  useLiveQuery('today.summary', {});
  return null;
}

describe('the day changing', () => {
  it('reads the status and every shown query again just after the core’s next midnight, not before', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-29T21:59:00Z') });
    const invoke = vi.fn(async (name: string) =>
      name === 'data.status'
        ? { ok: true as const, value: { today: '2026-03-29', todayEndsAt: '2026-03-29T22:00:00Z' } }
        : { ok: true as const, value: {} },
    );
    window.cadence = { invoke, onChange: () => () => {} };
    const calls = (name: string) => invoke.mock.calls.filter(([called]) => called === name).length;

    await act(async () => {
      await useStatus.getState().load();
      render(<TodayQuery />);
    });
    expect(calls('data.status')).toBe(1);
    expect(calls('today.summary')).toBe(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(59_000); // 21:59:59Z: still the 29th
    });
    expect(calls('today.summary')).toBe(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_500); // past midnight in Berlin
    });
    expect(calls('data.status')).toBe(2);
    expect(calls('today.summary')).toBe(2);
  });
});
