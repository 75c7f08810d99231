// Long work on the data (backups, restores, CSV and workspace imports and exports) runs one
// job at a time. The core already refuses a second with `locked`; the screen says so sooner:
// while a job runs every such button is disabled, the one that started it shows busy, and
// the section it belongs to announces what is happening in a polite live region. Kept in a
// store, not in a component, so leaving Settings mid-restore and coming back still shows it.
import { create } from 'zustand';

/** Where an announcement is shown: each settings section has its own live region. */
export type LongWorkScope = 'backups' | 'csv-export' | 'csv-import' | 'data' | 'recovery';

interface LongWorkState {
  /** The job running now ("backup", "restore", "csv-export-clients"…), or null. */
  running: string | null;
  scope: LongWorkScope | null;
  /** What the live region says: the progress while running, then the outcome. */
  announcement: string;
  announce: (scope: LongWorkScope, text: string) => void;
}

export const useLongWork = create<LongWorkState>()((set) => ({
  running: null,
  scope: null,
  announcement: '',
  announce: (scope, text) => set({ scope, announcement: text }),
}));

/**
 * Runs `work` as the one long job, announcing `progress` in `scope` meanwhile. Answers
 * null without running anything when another job is already running.
 */
export async function runLongWork<T>(
  id: string,
  scope: LongWorkScope,
  progress: string,
  work: () => Promise<T>,
): Promise<{ value: T } | null> {
  if (useLongWork.getState().running !== null) return null;
  useLongWork.setState({ running: id, scope, announcement: progress });
  try {
    return { value: await work() };
  } finally {
    // The caller announces the outcome; a progress line left behind would read as still busy.
    useLongWork.setState((state) => ({ running: null, announcement: state.announcement === progress ? '' : state.announcement }));
  }
}
