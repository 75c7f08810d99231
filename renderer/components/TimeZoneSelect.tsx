import { timeZoneOptions } from '../lib/options.ts';
import { Select, type SelectProps } from './Select.tsx';

/**
 * A select of every time zone. The list is made when the select renders, not when a closed
 * dialog that contains it does.
 */
export function TimeZoneSelect({ current, ...props }: Omit<SelectProps, 'options'> & { current?: string }) {
  return <Select {...props} options={timeZoneOptions(current)} />;
}
