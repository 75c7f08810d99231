// What the workspace holds and whether it can be written: drives first run, the
// read-only banner and the getting-started card. Any write may change the counts.
import { create } from 'zustand';
import { type ApiError, type ApiOutput, api } from '../api.ts';
import { refetchAll, watchQuery } from './live.ts';

export type WorkspaceStatus = ApiOutput<'data.status'>;

interface StatusState {
  status: WorkspaceStatus | null;
  error: ApiError | null;
  /** `arrived` sees the status before the app does (and before it renders a screen for it). */
  load: (arrived?: (status: WorkspaceStatus) => void) => Promise<void>;
}

export const useStatus = create<StatusState>()((set) => ({
  status: null,
  error: null,
  load: async (arrived) => {
    const result = await api.call('data.status', {});
    if (result.ok) arrived?.(result.value);
    if (result.ok) {
      set({ status: result.value, error: null });
      atDayEnd(result.value.todayEndsAt);
    } else set({ error: result.error });
  },
}));

// "Today" is the core's, in the workspace zone, and holds until the core's next midnight
// there: then every screen reads again (Today's calls, what is overdue), status included.
let dayTimer: ReturnType<typeof setTimeout> | undefined;
const LONGEST_TIMER_MS = 2 ** 31 - 1;
function atDayEnd(endsAt: string): void {
  clearTimeout(dayTimer);
  const wait = Date.parse(endsAt) - Date.now();
  // A timer fires late after the computer sleeps: it then reads at once, as it should.
  dayTimer = setTimeout(refetchAll, Math.min(Math.max(wait, 0) + 1_000, LONGEST_TIMER_MS));
}

watchQuery('data.status', () => void useStatus.getState().load());
