// The frame every form control shares: a label, an optional description, the control, and
// an inline error tied to the control with aria-describedby and aria-invalid.
import clsx from 'clsx';
import { type ReactNode, useId } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Hides the label visually (it is still read by screen readers). */
  hideLabel?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, description, error, hideLabel, className, children }: FieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={clsx('field', error && 'field--invalid', className)}>
      <label htmlFor={id} className={clsx('field__label', hideLabel && 'visually-hidden')}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {description && (
        <p id={descriptionId} className="field__description">
          {description}
        </p>
      )}
    </div>
  );
}
