import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { Field } from './Field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  options: readonly SelectOption[];
  description?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

/** A native select: long lists (time zones, currencies) get the platform's type-to-find. */
export function Select({ label, options, description, error, hideLabel, className, ref, ...select }: SelectProps) {
  return (
    <Field label={label} description={description} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select ref={ref} className="input select" {...select} {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
