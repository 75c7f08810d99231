import clsx from 'clsx';
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './Field.tsx';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
  /** Text shown after the input, such as "%" or "hours". */
  suffix?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, description, error, hideLabel, suffix, className, ref, ...input }: TextFieldProps) {
  return (
    <Field label={label} description={description} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <span className={clsx('input-wrap', suffix != null && 'input-wrap--suffix')}>
          <input ref={ref} className="input" {...input} {...control} />
          {suffix != null && (
            <span className="input-suffix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </span>
      )}
    </Field>
  );
}
