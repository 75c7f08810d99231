// Form fields bound to the editor store: each reads its own value and its own error, so a
// keystroke re-renders one field, not the form.
import type { ReactNode } from 'react';
import { Select, type SelectOption } from '../../../components/Select.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { fieldError, useDraft } from './draftStore.ts';
import { labelled } from './errors.ts';
import type { TermsDraft } from './terms.ts';

type TextKey = { [K in keyof TermsDraft]: TermsDraft[K] extends string ? K : never }[keyof TermsDraft];

export function useFieldError(field: string): string | undefined {
  return useDraft((state) => {
    const message = fieldError(state, field);
    return message ? labelled(field, message) : undefined;
  });
}

export interface TermFieldProps {
  name: TextKey;
  /** The core's name for the field, where errors are filed. */
  field: string;
  label: string;
  description?: ReactNode;
  suffix?: ReactNode;
  type?: 'text' | 'date';
  inputMode?: 'text' | 'numeric' | 'decimal';
  disabled?: boolean;
  className?: string;
  placeholder?: string;
}

export function TermField({
  name,
  field,
  label,
  description,
  suffix,
  type = 'text',
  inputMode,
  disabled,
  className,
  placeholder,
}: TermFieldProps) {
  const value = useDraft((state) => state.terms[name]);
  const setTerms = useDraft((state) => state.setTerms);
  const error = useFieldError(field);
  return (
    <TextField
      label={label}
      description={description}
      suffix={suffix}
      type={type}
      inputMode={inputMode}
      disabled={disabled}
      className={className}
      placeholder={placeholder}
      autoComplete="off"
      value={value}
      error={error}
      onChange={(event) => setTerms({ [name]: event.target.value } as Partial<TermsDraft>)}
    />
  );
}

export function MoneyField(props: Omit<TermFieldProps, 'suffix' | 'inputMode'>) {
  const currency = useDraft((state) => state.terms.currency);
  return <TermField {...props} suffix={currency} inputMode="decimal" />;
}

export function TermSelect({
  name,
  field,
  label,
  options,
  className,
}: {
  name: TextKey;
  field: string;
  label: string;
  options: readonly SelectOption[];
  className?: string;
}) {
  const value = useDraft((state) => state.terms[name]);
  const setTerms = useDraft((state) => state.setTerms);
  const error = useFieldError(field);
  return (
    <Select
      label={label}
      options={options}
      className={className}
      value={value}
      error={error}
      onChange={(event) => setTerms({ [name]: event.target.value } as Partial<TermsDraft>)}
    />
  );
}

export function TermCheckbox({
  name,
  label,
  disabled,
}: {
  name: 'openEnded' | 'autoRenew' | 'hasSlot';
  label: string;
  disabled?: boolean;
}) {
  const checked = useDraft((state) => state.terms[name]);
  const setTerms = useDraft((state) => state.setTerms);
  return (
    <label className="switch">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => setTerms({ [name]: event.target.checked })} />
      <span>{label}</span>
    </label>
  );
}
