// State of the interface itself (not of the workspace): theme choice, privacy mode, which
// global dialogs are open, and whether the current screen has its first data.
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
const THEME_KEY = 'cadence.theme';

function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

interface UiState {
  theme: ThemeChoice;
  privacy: boolean;
  newClientOpen: boolean;
  shortcutsOpen: boolean;
  screenReady: boolean;
  setTheme: (theme: ThemeChoice) => void;
  togglePrivacy: () => void;
  setNewClientOpen: (open: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
  setScreenReady: (ready: boolean) => void;
}

export const useUi = create<UiState>()((set) => ({
  theme: storedTheme(),
  privacy: false,
  newClientOpen: false,
  shortcutsOpen: false,
  screenReady: false,
  setTheme: (theme) => {
    try {
      if (theme === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage can be unavailable; the choice then lasts for this window only.
    }
    set({ theme });
  },
  togglePrivacy: () => set((state) => ({ privacy: !state.privacy })),
  setNewClientOpen: (newClientOpen) => set({ newClientOpen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setScreenReady: (screenReady) => set({ screenReady }),
}));
