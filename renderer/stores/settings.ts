// The workspace settings as the core last told them. Refetched when `settings` changes.
import { create } from 'zustand';
import { type ApiError, type ApiInput, type ApiOutput, api, type Result } from '../api.ts';
import { watchQuery } from './live.ts';

export type Settings = ApiOutput<'settings.get'>;
export type SettingsPatch = ApiInput<'settings.update'>;

interface SettingsState {
  settings: Settings | null;
  error: ApiError | null;
  load: () => Promise<void>;
  update: (patch: SettingsPatch) => Promise<Result<Settings>>;
}

export const useSettings = create<SettingsState>()((set) => ({
  settings: null,
  error: null,
  load: async () => {
    const result = await api.call('settings.get', {});
    if (result.ok) set({ settings: result.value, error: null });
    else set({ error: result.error });
  },
  update: async (patch) => {
    const result = await api.call('settings.update', patch);
    // The answer is the stored settings, so showing it is not a second copy of the truth.
    if (result.ok) set({ settings: result.value, error: null });
    return result;
  },
}));

watchQuery('settings.get', () => void useSettings.getState().load());
