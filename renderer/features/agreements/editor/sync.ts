// Keeps the core in step with the editor: a preview on every edit (at most one request in
// flight; the newest edit is sent as soon as it returns, so nothing queues up and nothing
// stale is shown) and, for drafts, autosave shortly after typing stops. What could not be
// saved is kept in sessionStorage, so leaving the screen never loses typing.
import { api } from '../../../api.ts';
import type { Clause } from '../types.ts';
import { type Stash, useDraft } from './draftStore.ts';
import { normaliseFields, patchKeysOf } from './errors.ts';
import { type Applied, clausesToPreview, mergeDocument, mergeErrors } from './partialPreview.ts';
import { type FieldErrors, termsPatch } from './terms.ts';

const AUTOSAVE_MS = 600;
const stashKey = (agreementId: string) => `cadence.agreement-draft.${agreementId}`;

export function readStash(agreementId: string): Stash | null {
  try {
    const raw = sessionStorage.getItem(stashKey(agreementId));
    return raw ? (JSON.parse(raw) as Stash) : null;
  } catch {
    return null;
  }
}

function writeStash(agreementId: string, stash: Stash | null): void {
  try {
    if (stash) sessionStorage.setItem(stashKey(agreementId), JSON.stringify(stash));
    else sessionStorage.removeItem(stashKey(agreementId));
  } catch {
    // Storage full or unavailable: the editor still holds the text while it is open.
  }
}

export function discardStash(agreementId: string): void {
  writeStash(agreementId, null);
}

export interface DraftSync {
  /** Saves now (drafts); true when everything typed is stored. */
  flush: () => Promise<boolean>;
  /** Previews now (after load). */
  preview: () => void;
  stop: () => void;
}

export function startDraftSync(autosave: boolean): DraftSync {
  const agreementId = useDraft.getState().agreementId!;
  let stopped = false;
  let previewInFlight = false;
  let previewQueued = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<boolean> | null = null;
  let saveAgain = false;
  // What the core holds, so unchanged parts are not sent again.
  const initial = useDraft.getState();
  let storedTerms = JSON.stringify(termsPatch(initial.terms, initial.kind).patch);
  let storedClauses = JSON.stringify(initial.clauses);
  if (initial.restored) storedTerms = storedClauses = '';

  // The document on screen matches the stored draft at first; not a restored or amended one.
  let applied: Applied | null = initial.restored || initial.mode === 'amend' ? null : { termsJson: storedTerms, clauses: initial.clauses };

  const preview = () => {
    if (stopped) return;
    if (previewInFlight) {
      previewQueued = true;
      return;
    }
    previewInFlight = true;
    const state = useDraft.getState();
    const { patch, errors: local } = termsPatch(state.terms, state.kind);
    const termsJson = JSON.stringify(patch);
    const partial = clausesToPreview(applied, termsJson, state.clauses, state.document !== null);
    void runPreview(agreementId, patch as Record<string, unknown>, state.clauses, partial, local).then((ok) => {
      if (ok) applied = { termsJson, clauses: state.clauses };
      previewInFlight = false;
      if (previewQueued) {
        previewQueued = false;
        preview();
      }
    });
  };

  const runPreview = async (
    id: string,
    patch: Record<string, unknown>,
    clauses: Clause[],
    partial: Clause[] | null,
    local: FieldErrors,
  ): Promise<boolean> => {
    const sent = partial ?? clauses;
    // Marks for test/bench/preview.ts: where the time between a keystroke and the preview goes.
    performance.mark('agreement-preview:request');
    let result = await api.call('agreements.preview', { id, ...patch, clauses: sent });
    performance.mark('agreement-preview:response');
    if (stopped) return false;
    let errors: FieldErrors = { ...local };
    if (!result.ok && result.error.code === 'invalid_input') {
      // A half-typed value ("9:" for a time) should not freeze the preview: show the
      // error on its field and preview the rest.
      const named = normaliseFields(result.error.fields, sent);
      errors = { ...errors, ...named };
      const drop = patchKeysOf(named);
      if (drop.length > 0 && drop.length === Object.keys(named).length) {
        const rest = Object.fromEntries(Object.entries(patch).filter(([key]) => !drop.includes(key)));
        result = await api.call('agreements.preview', { id, ...rest, clauses: sent });
        if (stopped) return false;
      }
    }
    const store = useDraft.getState();
    if (partial) {
      const ids = new Set(partial.map((c) => c.id));
      errors = mergeErrors(store.previewErrors, errors, ids);
      if (result.ok && store.document) store.setDocument(mergeDocument(store.document, result.value, ids), errors);
      else store.setPreviewErrors(errors);
    } else if (result.ok) store.setDocument(result.value, errors);
    else store.setPreviewErrors(errors);
    return result.ok;
  };

  const saveOnce = async (): Promise<boolean> => {
    const state = useDraft.getState();
    const revision = state.revision;
    const { patch, errors: local } = termsPatch(state.terms, state.kind);
    const termsJson = JSON.stringify(patch);
    const clausesJson = JSON.stringify(state.clauses);
    const errors: FieldErrors = {};
    let message: string | null = null;
    state.setSave({ saving: true });
    if (termsJson !== storedTerms) {
      const result = await api.call('agreements.update', { id: agreementId, ...patch });
      if (result.ok) storedTerms = termsJson;
      else if (result.error.fields) Object.assign(errors, normaliseFields(result.error.fields, state.clauses));
      else message = result.error.message;
    }
    // Clauses go separately: a wrong fee must not hold back the text being written.
    if (clausesJson !== storedClauses) {
      const result = await api.call('agreements.update', { id: agreementId, clauses: state.clauses });
      if (result.ok) storedClauses = clausesJson;
      else if (result.error.fields) Object.assign(errors, normaliseFields(result.error.fields, state.clauses));
      else message = result.error.message;
    }
    const clean = Object.keys(errors).length === 0 && Object.keys(local).length === 0 && message === null;
    // After the editor closed, the store may hold another agreement: judge by what was sent.
    const live = !stopped && useDraft.getState().agreementId === agreementId;
    const current = live ? useDraft.getState() : state;
    if (live) current.setSave({ saving: false, errors, message, ...(clean ? { savedRevision: revision } : {}) });
    const upToDate = clean && current.revision === revision;
    writeStash(agreementId, upToDate ? null : { terms: current.terms, clauses: current.clauses });
    return clean;
  };

  const save = (): Promise<boolean> => {
    if (saving) {
      saveAgain = true;
      return saving.then(() => save());
    }
    saving = saveOnce().then(async (clean) => {
      saving = null;
      if (saveAgain && !stopped) {
        saveAgain = false;
        return save();
      }
      return clean;
    });
    return saving;
  };

  const unsubscribe = useDraft.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.agreementId !== agreementId) return;
    preview();
    if (autosave) {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void save(), AUTOSAVE_MS);
    }
  });

  return {
    flush: async () => {
      clearTimeout(saveTimer);
      if (!autosave) return true;
      return save();
    },
    preview,
    stop: () => {
      unsubscribe();
      clearTimeout(saveTimer);
      const state = useDraft.getState();
      if (autosave && state.revision !== state.save.savedRevision) {
        // Leaving mid-edit: keep the text, and store what the core will take.
        writeStash(agreementId, { terms: state.terms, clauses: state.clauses });
        void saveOnce();
      }
      stopped = true;
    },
  };
}
