// Opens an agreement in the editor store and keeps it in step with the core while the
// editor is on screen. It loads once per agreement, mode and status: later refetches
// (after an autosave, say) never overwrite what is being typed.
import { useEffect, useState } from 'react';
import { useSettings } from '../../../stores/settings.ts';
import type { AgreementDetail } from '../types.ts';
import { type EditorMode, useDraft } from './draftStore.ts';
import { type DraftSync, readStash, startDraftSync } from './sync.ts';

export function useDraftEditor(detail: AgreementDetail | null, mode: EditorMode): DraftSync | null {
  const defaultZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const [sync, setSync] = useState<DraftSync | null>(null);
  const key = detail ? `${detail.agreement.id}|${mode}|${detail.agreement.status}` : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `detail` changes on every refetch; only a new key (agreement, mode, status) reloads the editor, so what is typed is never overwritten.
  useEffect(() => {
    if (!detail) return;
    const stash = mode === 'draft' ? readStash(detail.agreement.id) : null;
    useDraft.getState().load({ agreement: detail.agreement, clauses: detail.clauses, document: detail.document, mode, defaultZone, stash });
    const started = startDraftSync(mode === 'draft');
    setSync(started);
    // An amendment previews as a candidate from the start; restored text is saved at once.
    if (mode === 'amend' || stash) started.preview();
    if (stash) void started.flush();
    return () => {
      started.stop();
      setSync(null);
    };
  }, [key]);

  return sync;
}
