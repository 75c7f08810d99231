// The agreement being edited: terms as typed, clauses, and what the core last said about
// them (the previewed document, field errors). One editor is open at a time, so one store.
// Components subscribe to the slice they show: typing in a clause re-renders that clause
// and the preview, not the whole form.
import { create } from 'zustand';
import type { Agreement, AgreementDoc, Clause } from '../types.ts';
import { draftFromAgreement, EMPTY_TERMS, type FieldErrors, type SlotDraft, type TermsDraft } from './terms.ts';

export type EditorMode = 'draft' | 'amend';

export interface SaveState {
  /** The edit count the core has stored (autosave), or -1 when nothing is saved yet. */
  savedRevision: number;
  saving: boolean;
  errors: FieldErrors;
  /** A problem no field shows (a conflict, a lost connection). */
  message: string | null;
}

interface DraftState {
  agreementId: string | null;
  kind: Agreement['kind'];
  mode: EditorMode;
  terms: TermsDraft;
  clauses: Clause[];
  /** Counts edits; autosave and the preview compare against it. */
  revision: number;
  document: AgreementDoc | null;
  previewErrors: FieldErrors;
  save: SaveState;
  /** True when the editor opened with changes kept from an earlier visit that were never saved. */
  restored: boolean;
  load: (input: {
    agreement: Agreement;
    clauses: Clause[];
    document: AgreementDoc;
    mode: EditorMode;
    defaultZone: string;
    stash?: Stash | null;
  }) => void;
  setTerms: (patch: Partial<TermsDraft>) => void;
  setSlot: (patch: Partial<SlotDraft>) => void;
  setClause: (id: string, patch: Partial<Omit<Clause, 'id'>>) => void;
  addClauses: (clauses: Clause[]) => void;
  removeClause: (id: string) => void;
  moveClause: (id: string, by: -1 | 1) => void;
  setDocument: (document: AgreementDoc, errors: FieldErrors) => void;
  setPreviewErrors: (errors: FieldErrors) => void;
  setSave: (patch: Partial<SaveState>) => void;
  dismissRestored: () => void;
}

export interface Stash {
  terms: TermsDraft;
  clauses: Clause[];
}

const EMPTY_SAVE: SaveState = { savedRevision: 0, saving: false, errors: {}, message: null };

/** A clause id not used yet in this agreement ("confidentiality", then "confidentiality-2"). */
export function freeClauseId(wanted: string, taken: readonly Clause[]): string {
  const ids = new Set(taken.map((c) => c.id));
  if (!ids.has(wanted)) return wanted;
  let n = 2;
  while (ids.has(`${wanted}-${n}`)) n += 1;
  return `${wanted}-${n}`;
}

export const useDraft = create<DraftState>()((set, get) => ({
  agreementId: null,
  kind: 'work',
  mode: 'draft',
  terms: EMPTY_TERMS,
  clauses: [],
  revision: 0,
  document: null,
  previewErrors: {},
  save: EMPTY_SAVE,
  restored: false,
  load: ({ agreement, clauses, document, mode, defaultZone, stash }) =>
    set({
      agreementId: agreement.id,
      kind: agreement.kind,
      mode,
      terms: stash?.terms ?? draftFromAgreement(agreement, defaultZone),
      clauses: stash?.clauses ?? clauses,
      // A restored stash is one edit ahead of what is stored, so autosave picks it up.
      revision: stash ? 1 : 0,
      document,
      previewErrors: {},
      save: EMPTY_SAVE,
      restored: Boolean(stash),
    }),
  setTerms: (patch) => set((s) => ({ terms: { ...s.terms, ...patch }, revision: s.revision + 1 })),
  setSlot: (patch) => set((s) => ({ terms: { ...s.terms, slot: { ...s.terms.slot, ...patch } }, revision: s.revision + 1 })),
  setClause: (id, patch) =>
    set((s) => ({ clauses: s.clauses.map((c) => (c.id === id ? { ...c, ...patch } : c)), revision: s.revision + 1 })),
  addClauses: (added) =>
    set((s) => {
      const next = [...s.clauses];
      for (const clause of added) next.push({ ...clause, id: freeClauseId(clause.id, next) });
      return { clauses: next, revision: s.revision + 1 };
    }),
  removeClause: (id) => set((s) => ({ clauses: s.clauses.filter((c) => c.id !== id), revision: s.revision + 1 })),
  moveClause: (id, by) => {
    const clauses = [...get().clauses];
    const from = clauses.findIndex((c) => c.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= clauses.length) return;
    [clauses[from], clauses[to]] = [clauses[to]!, clauses[from]!];
    set((s) => ({ clauses, revision: s.revision + 1 }));
  },
  // Equal errors keep their object, so fields showing them do not re-render on every preview.
  setDocument: (document, errors) =>
    set((s) => ({ document, previewErrors: sameErrors(s.previewErrors, errors) ? s.previewErrors : errors })),
  setPreviewErrors: (errors) => set((s) => ({ previewErrors: sameErrors(s.previewErrors, errors) ? s.previewErrors : errors })),
  setSave: (patch) => set((s) => ({ save: { ...s.save, ...patch } })),
  dismissRestored: () => set({ restored: false }),
}));

function sameErrors(a: FieldErrors, b: FieldErrors): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The message for a field: what the preview found now, else what the last save was told. */
export function fieldError(state: Pick<DraftState, 'previewErrors' | 'save'>, field: string): string | undefined {
  return state.previewErrors[field] ?? state.save.errors[field];
}
