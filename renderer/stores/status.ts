// What the workspace holds and whether it can be written: drives first run, the
// read-only banner and the getting-started card. Any write may change the counts.
import { create } from 'zustand';
import { type ApiError, type ApiOutput, api } from '../api.ts';
import { watchQuery } from './live.ts';

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
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: result.error });
  },
}));

watchQuery('data.status', () => void useStatus.getState().load());
