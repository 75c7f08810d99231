import clsx from 'clsx';
import { useId } from 'react';

export interface Segment<V extends string> {
  value: V;
  label: string;
}

export interface SegmentedControlProps<V extends string> {
  label: string;
  value: V;
  options: readonly Segment<V>[];
  onChange: (value: V) => void;
}

/** One choice out of a few, side by side: a radio group underneath (arrow keys move). */
export function SegmentedControl<V extends string>({ label, value, options, onChange }: SegmentedControlProps<V>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className={clsx('segmented__option', option.value === value && 'segmented__option--checked')}>
          <input
            type="radio"
            className="segmented__input"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
