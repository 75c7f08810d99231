import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './Field.tsx';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

export function Textarea({ label, description, error, hideLabel, className, ref, ...textarea }: TextareaProps) {
  return (
    <Field label={label} description={description} error={error} hideLabel={hideLabel} className={className}>
      {(control) => <textarea ref={ref} className="input textarea" {...textarea} {...control} />}
    </Field>
  );
}
