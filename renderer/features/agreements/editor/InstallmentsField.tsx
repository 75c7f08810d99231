// Installments of a value-based fee. Until edited, the core splits the fee (half at the
// start, the rest mid-term) and keeps the split in step with the fee; once edited, the
// list is the coach's and must add up to the fee.
import { Plus, Trash2 } from 'lucide-react';
import { moneyText, parseMoney } from '../../../../src/domain/money-text.ts';
import { Button } from '../../../components/Button.tsx';
import { IconButton } from '../../../components/IconButton.tsx';
import { Money } from '../../../components/Money.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { Agreement } from '../types.ts';
import { useDraft } from './draftStore.ts';
import { useFieldError } from './fields.tsx';
import type { InstallmentDraft } from './terms.ts';

function InstallmentRow({
  index,
  item,
  onChange,
  onRemove,
}: {
  index: number;
  item: InstallmentDraft;
  onChange: (patch: Partial<InstallmentDraft>) => void;
  onRemove: () => void;
}) {
  const currency = useDraft((state) => state.terms.currency);
  const dueError = useFieldError(`installments[${index}].dueDate`);
  const amountError = useFieldError(`installments[${index}].amountMinor`);
  return (
    <li className="installments__row">
      <TextField
        label={`Installment ${index + 1} due`}
        type="date"
        value={item.dueDate}
        error={dueError}
        onChange={(e) => onChange({ dueDate: e.target.value })}
      />
      <TextField
        label={`Installment ${index + 1} amount`}
        inputMode="decimal"
        suffix={currency}
        autoComplete="off"
        value={item.amount}
        error={amountError}
        onChange={(e) => onChange({ amount: e.target.value })}
      />
      <IconButton
        className="installments__remove"
        label={`Remove installment ${index + 1}`}
        icon={<Trash2 size={14} />}
        onClick={onRemove}
      />
    </li>
  );
}

export function InstallmentsField({ stored }: { stored: Agreement['installments'] }) {
  const installments = useDraft((state) => state.terms.installments);
  const currency = useDraft((state) => state.terms.currency);
  const fee = useDraft((state) => state.terms.fee);
  const startDate = useDraft((state) => state.terms.startDate);
  const setTerms = useDraft((state) => state.setTerms);
  const error = useFieldError('installments');

  if (installments === null) {
    return (
      <div className="installments">
        <h3 className="installments__title">Installments</h3>
        <p className="muted">Split automatically: half on the start date, the rest halfway through the term.</p>
        <ul className="installments__summary">
          {stored.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the stored split, shown as it is; it never reorders.
            <li key={index}>
              <Money amountMinor={item.amountMinor} currency={currency} /> <span className="muted">due {formatDate(item.dueDate)}</span>
            </li>
          ))}
        </ul>
        <Button
          size="sm"
          onClick={() =>
            setTerms({ installments: stored.map((i) => ({ dueDate: i.dueDate, amount: moneyText(i.amountMinor, currency) })) })
          }
        >
          Edit installments
        </Button>
        {error && <p className="field__error">{error}</p>}
      </div>
    );
  }

  const update = (next: InstallmentDraft[]) => setTerms({ installments: next });
  const total = installments.reduce((sum, item) => {
    const parsed = parseMoney(item.amount, currency);
    return sum + (parsed.ok ? (parsed.minor ?? 0) : 0);
  }, 0);
  const feeParsed = parseMoney(fee, currency);
  return (
    <div className="installments">
      <h3 className="installments__title">Installments</h3>
      <ul className="installments__list">
        {installments.map((item, index) => (
          <InstallmentRow
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the list: its labels and the core's field errors (installments[i].…) go by position, and its inputs are controlled, so no row keeps state of its own.
            key={index}
            index={index}
            item={item}
            onChange={(patch) => update(installments.map((it, i) => (i === index ? { ...it, ...patch } : it)))}
            onRemove={() => update(installments.filter((_, i) => i !== index))}
          />
        ))}
      </ul>
      <p className="installments__total" aria-live="polite">
        Together <Money amountMinor={total} currency={currency} />
        {feeParsed.ok && feeParsed.minor !== null && (
          <>
            {' '}
            of the <Money amountMinor={feeParsed.minor} currency={currency} /> fee
          </>
        )}
      </p>
      {error && <p className="field__error">{error}</p>}
      <div className="installments__actions">
        <Button size="sm" icon={<Plus size={14} />} onClick={() => update([...installments, { dueDate: startDate, amount: '' }])}>
          Add installment
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setTerms({ installments: null })}>
          Split automatically
        </Button>
      </div>
    </div>
  );
}
