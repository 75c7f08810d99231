// The core is the validator: its `error.fields` (field → "must be …") land on the form
// fields they name, worded with the field's label ("Email must be …").
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../api.ts';

/** "must be an email address" under the label "Email" → "Email must be an email address". */
export function namedError(label: string, message: string): string {
  return message.toLowerCase().startsWith(label.toLowerCase()) ? message : `${label} ${message}`;
}

/**
 * Puts each field error on its form field and returns what is left for the form itself:
 * errors for fields the form does not show, or the plain message when no field is named.
 */
export function applyServerErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  labels: Partial<Record<Path<T>, string>>,
): string | null {
  const fields = error.fields ?? {};
  const leftOver: string[] = [];
  let placed = 0;
  let first = true;
  for (const [field, message] of Object.entries(fields)) {
    const label = labels[field as Path<T>];
    if (label) {
      setError(field as Path<T>, { type: 'server', message: namedError(label, message) }, { shouldFocus: first });
      first = false;
      placed++;
    } else {
      leftOver.push(`${field}: ${message}`);
    }
  }
  if (leftOver.length > 0) return leftOver.join(' · ');
  return placed > 0 ? null : error.message;
}
