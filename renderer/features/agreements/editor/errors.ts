// The core names fields by path: "feeMinor", "slot.time", "installments[1].amountMinor",
// "clauses[2].title" (by position) or "clauses.<id>" (merge-field problems, by clause).
// Clause errors are re-keyed by clause id so they stay on their clause when it moves.
import { namedError } from '../../../lib/serverErrors.ts';
import type { Clause } from '../types.ts';
import { FIELD_LABELS, type FieldErrors } from './terms.ts';

export function clauseErrorKey(clauseId: string, part?: 'title' | 'body'): string {
  return part ? `clause:${clauseId}:${part}` : `clause:${clauseId}`;
}

export function normaliseFields(fields: Record<string, string> | undefined, clauses: readonly Clause[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const byIndex = /^clauses\[(\d+)\](?:\.(title|body))?$/.exec(path);
    const byId = /^clauses\.(.+)$/.exec(path);
    if (byIndex) {
      const clause = clauses[Number(byIndex[1])];
      out[clause ? clauseErrorKey(clause.id, byIndex[2] as 'title' | 'body' | undefined) : 'clauses'] = message;
    } else if (byId) out[clauseErrorKey(byId[1]!)] = message;
    else out[path] = message;
  }
  return out;
}

/** "must not be negative" on feeMinor → "Fee must not be negative". */
export function labelled(field: string, message: string): string {
  const installment = /^installments\[(\d+)\]\.(amountMinor|dueDate)$/.exec(field);
  if (installment)
    return namedError(`Installment ${Number(installment[1]) + 1} ${installment[2] === 'dueDate' ? 'due date' : 'amount'}`, message);
  const label = FIELD_LABELS[field];
  return label ? namedError(label, message) : message;
}

/** Top-level patch keys an error names ("slot.time" → "slot"), to preview without them. */
export function patchKeysOf(fields: FieldErrors): string[] {
  return [
    ...new Set(
      Object.keys(fields)
        .filter((f) => !f.startsWith('clause'))
        .map((f) => f.split(/[.[]/)[0]!),
    ),
  ];
}
