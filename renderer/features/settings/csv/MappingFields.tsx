// A select per Cadence field: which column of the file fills it. Pre-filled from the core's
// suggestion; a field can be left out unless the import needs it.
import { Select } from '../../../components/Select.tsx';
import { fieldLabel, type ImportTable, isRequired } from './fields.ts';

interface MappingFieldsProps {
  table: ImportTable;
  fields: readonly string[];
  headers: readonly string[];
  mapping: Record<string, string>;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (field: string, header: string) => void;
}

export function MappingFields({ table, fields, headers, mapping, errors, disabled, onChange }: MappingFieldsProps) {
  const columns = headers.map((header) => ({ value: header, label: header }));
  return (
    <fieldset className="csv-mapping" disabled={disabled}>
      <legend className="csv-mapping__legend">Which column fills each field</legend>
      <div className="form-grid">
        {fields.map((field) => {
          const required = isRequired(table, field);
          return (
            <Select
              key={`${table}-${field}`}
              label={required ? `${fieldLabel(table, field)} (required)` : fieldLabel(table, field)}
              options={[{ value: '', label: required ? 'Choose a column' : 'Leave out' }, ...columns]}
              value={mapping[field] ?? ''}
              error={errors[field]}
              onChange={(event) => onChange(field, event.target.value)}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
