// Whether the coach has dealt with the damaged-file notice in this window. The core keeps
// reporting the damage until it restarts, so the answer is remembered for the session
// (sessionStorage survives the reload that follows a restore), keyed by the moved file.
import { create } from 'zustand';

const KEY = 'cadence.recovery.handled';

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

interface RecoveryState {
  /** The name of the damaged file the coach has dealt with, if any. */
  handled: string | null;
  markHandled: (damagedFile: string) => void;
}

export const useRecovery = create<RecoveryState>()((set) => ({
  handled: stored(),
  markHandled: (damagedFile) => {
    try {
      sessionStorage.setItem(KEY, damagedFile);
    } catch {
      // Without storage the notice is dismissed until the window reloads.
    }
    set({ handled: damagedFile });
  },
}));
