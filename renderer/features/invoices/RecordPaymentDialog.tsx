// A payment as it arrives: date, amount (partial is fine, never above the balance) and how
// it was paid. The amount starts at the balance, the usual case.
import { useEffect, useState } from 'react';
import { moneyText, parseMoney } from '../../../src/domain/money-text.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Money } from '../../components/Money.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatMoney } from '../../lib/format.ts';
import { namedError } from '../../lib/serverErrors.ts';
import { useStatus } from '../../stores/status.ts';
import { toast } from '../../stores/toasts.ts';
import { type InvoiceDetail, PAYMENT_METHOD_OPTIONS, type PaymentMethod } from './labels.ts';

const LABELS = { date: 'Date received', amountMinor: 'Amount', method: 'Method' } as const;
type FieldName = keyof typeof LABELS;

export interface RecordPaymentDialogProps {
  invoice: InvoiceDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function RecordPaymentDialog({ invoice, open, onOpenChange }: RecordPaymentDialogProps) {
  const today = useStatus((state) => state.status?.today ?? '');
  const [date, setDate] = useState(today);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Every opening starts afresh from the current balance.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an opening resets the form; a refetch of the invoice while it is open must not overwrite the amount typed.
  useEffect(() => {
    if (!open) return;
    setDate(today);
    setAmount(moneyText(invoice.balanceMinor, invoice.currency));
    setMethod('bank_transfer');
    setErrors({});
    setFormError(null);
  }, [open]);

  const submit = async () => {
    const parsed = parseMoney(amount, invoice.currency);
    if (!parsed.ok || parsed.minor === null) {
      setErrors({ amountMinor: namedError(LABELS.amountMinor, parsed.ok ? 'is required' : parsed.message) });
      return;
    }
    setBusy(true);
    const result = await api.call('payments.record', { invoiceId: invoice.id, date, amountMinor: parsed.minor, method });
    setBusy(false);
    if (result.ok) {
      onOpenChange(false);
      toast(result.value.status === 'paid' ? `${invoice.number} is paid in full` : `Payment recorded on ${invoice.number}`);
      return;
    }
    const fields = result.error.fields ?? {};
    const placed: Partial<Record<FieldName, string>> = {};
    for (const name of Object.keys(LABELS) as FieldName[]) if (fields[name]) placed[name] = namedError(LABELS[name], fields[name]!);
    // The core names the balance in minor units; say it as money.
    if (fields.amountMinor?.startsWith('is more than the balance')) {
      placed.amountMinor = `Amount is more than the balance of ${formatMoney(invoice.balanceMinor, invoice.currency)}`;
    }
    setErrors(placed);
    setFormError(Object.keys(placed).length > 0 ? null : result.error.message);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      width="sm"
      title={`Record a payment on ${invoice.number}`}
      description={
        <>
          Balance <Money amountMinor={invoice.balanceMinor} currency={invoice.currency} /> of{' '}
          <Money amountMinor={invoice.totalMinor} currency={invoice.currency} />. A part payment is fine.
        </>
      }
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="payment-form" busy={busy}>
            Record payment
          </Button>
        </>
      }
    >
      <form
        id="payment-form"
        className="form-grid payment-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {formError && (
          <p role="alert" className="form-error span-2">
            {formError}
          </p>
        )}
        <TextField
          className="span-2"
          label={`${LABELS.amountMinor} (${invoice.currency})`}
          inputMode="decimal"
          autoComplete="off"
          data-autofocus
          value={amount}
          error={errors.amountMinor}
          onChange={(event) => setAmount(event.target.value)}
        />
        <TextField label={LABELS.date} type="date" value={date} error={errors.date} onChange={(event) => setDate(event.target.value)} />
        <Select
          label={LABELS.method}
          options={PAYMENT_METHOD_OPTIONS}
          value={method}
          error={errors.method}
          onChange={(event) => setMethod(event.target.value as PaymentMethod)}
        />
      </form>
    </Dialog>
  );
}
