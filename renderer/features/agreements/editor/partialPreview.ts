// Typing in a clause changes that clause only, and the core draws each clause on its own
// (its merge fields, its problems). So while the terms stay the same, the preview asks
// for the edited clause alone and puts it into the document it already has: a six-page
// agreement then costs the core one clause per keystroke instead of all of them.
import type { AgreementDoc, Clause } from '../types.ts';
import type { FieldErrors } from './terms.ts';

/** What the document on screen was made from. */
export interface Applied {
  termsJson: string;
  clauses: Clause[];
}

/** The clauses to send for a partial preview, or null when the whole document must be drawn. */
export function clausesToPreview(
  applied: Applied | null,
  termsJson: string,
  clauses: readonly Clause[],
  hasDocument: boolean,
): Clause[] | null {
  if (!applied || !hasDocument || applied.termsJson !== termsJson || applied.clauses.length !== clauses.length) return null;
  if (clauses.some((clause, index) => clause.id !== applied.clauses[index]!.id)) return null;
  // Editing a clause replaces its object; the others keep theirs.
  const changed = clauses.filter((clause, index) => clause !== applied.clauses[index]);
  return changed.length <= 3 ? changed : null;
}

/** The document with the re-drawn clauses put in place, and its problems in clause order. */
export function mergeDocument(base: AgreementDoc, partial: AgreementDoc, ids: ReadonlySet<string>): AgreementDoc {
  const fresh = new Map(partial.clauses.map((clause) => [clause.id, clause]));
  const clauses = base.clauses.map((clause) => fresh.get(clause.id) ?? clause);
  const all = [...base.problems.filter((p) => !ids.has(p.clauseId)), ...partial.problems];
  const problems = clauses.flatMap((clause) => all.filter((p) => p.clauseId === clause.id));
  return { ...partial, clauses, problems };
}

/** Field errors after a partial preview: clause errors of clauses not sent stay as they were. */
export function mergeErrors(previous: FieldErrors, next: FieldErrors, ids: ReadonlySet<string>): FieldErrors {
  const kept = Object.entries(previous).filter(([key]) => key.startsWith('clause:') && !ids.has(key.split(':')[1]!));
  return { ...Object.fromEntries(kept), ...next };
}
