// A hypothetical retainer for the what-if: kind, fee, start and term. Checked here, before
// it joins the list, by the rules revenue.whatIf applies (the domain's); the core then
// recomputes with it.
import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { DEFAULT_TERM_MONTHS } from '../../../src/domain/agreement-defaults.ts';
import { hypotheticalRetainerProblems } from '../../../src/domain/agreement-rules.ts';
import { isCalendarDate } from '../../../src/domain/dates.ts';
import { parseMoney } from '../../../src/domain/money-text.ts';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { WhatIfRetainer } from './useWhatIf.ts';

export const RETAINER_KIND_LABELS: Record<WhatIfRetainer['kind'], string> = {
  work: 'Pay for work',
  access: 'Pay for access',
  value: 'Value-based',
};

const KIND_OPTIONS = Object.entries(RETAINER_KIND_LABELS).map(([value, label]) => ({ value, label }));
const PERIOD_OPTIONS = [
  { value: '1', label: 'Monthly' },
  { value: '3', label: 'Quarterly' },
];

export function AddRetainerForm({
  currency,
  defaultStart,
  onAdd,
}: {
  currency: string;
  defaultStart: string;
  onAdd: (retainer: WhatIfRetainer) => void;
}) {
  const [kind, setKind] = useState<WhatIfRetainer['kind']>('work');
  const [fee, setFee] = useState('');
  const [startDate, setStartDate] = useState(defaultStart);
  const [term, setTerm] = useState('12');
  const [period, setPeriod] = useState('1');
  const [errors, setErrors] = useState<{ fee?: string; startDate?: string; term?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMoney(fee, currency);
    const next: typeof errors = {};
    if (!isCalendarDate(startDate)) next.startDate = 'Start is required';
    const termMonths = term.trim() === '' ? null : Number(term);
    const periodMonths = kind === 'value' ? 1 : (Number(period) as 1 | 3);
    // The core's own rules for a hypothetical retainer, checked before it is added.
    const problems = hypotheticalRetainerProblems({ feeMinor: parsed.ok ? (parsed.minor ?? 0) : 0, termMonths, periodMonths });
    if (!parsed.ok) next.fee = `Fee ${parsed.message}`;
    else if (parsed.minor === null) next.fee = 'Fee is required';
    else if (problems.feeMinor) next.fee = `Fee ${problems.feeMinor}`;
    if (problems.termMonths) next.term = `Term ${problems.termMonths}`;
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.ok || parsed.minor === null) return;
    onAdd({
      kind,
      currency,
      feeMinor: parsed.minor,
      startDate,
      termMonths: kind === 'value' ? (termMonths ?? DEFAULT_TERM_MONTHS) : termMonths,
      periodMonths,
    });
    setFee('');
  };

  return (
    <form className="what-if__add" noValidate onSubmit={submit} aria-label="Add a hypothetical retainer">
      <Select
        label="Kind"
        options={KIND_OPTIONS}
        value={kind}
        onChange={(event) => setKind(event.target.value as WhatIfRetainer['kind'])}
      />
      <TextField
        label={kind === 'value' ? `Fee (${currency})` : `Fee per period (${currency})`}
        inputMode="decimal"
        autoComplete="off"
        value={fee}
        error={errors.fee}
        onChange={(event) => setFee(event.target.value)}
      />
      {kind !== 'value' && (
        <Select label="Billed" options={PERIOD_OPTIONS} value={period} onChange={(event) => setPeriod(event.target.value)} />
      )}
      <TextField
        label="Starts"
        type="date"
        value={startDate}
        error={errors.startDate}
        onChange={(event) => setStartDate(event.target.value)}
      />
      <TextField
        label="Term"
        type="number"
        min={1}
        max={120}
        suffix="months"
        value={term}
        error={errors.term}
        description={kind === 'value' ? undefined : 'Empty: open-ended'}
        onChange={(event) => setTerm(event.target.value)}
      />
      <Button type="submit" icon={<Plus size={14} />} className="what-if__add-button">
        Add retainer
      </Button>
    </form>
  );
}
