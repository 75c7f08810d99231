// The three options the low estimate yields (10×, 7× and 4× return; option 1 the smallest
// scope). Choosing one asks for the start and term, then drafts a value agreement with its
// two installments and opens it.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Money } from '../../components/Money.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatMoney } from '../../lib/format.ts';
import { namedError } from '../../lib/serverErrors.ts';
import { useStatus } from '../../stores/status.ts';
import { toast } from '../../stores/toasts.ts';
import type { Conversation } from './ValueForm.tsx';

type Option = Conversation['options'][number];

const SCOPE: Record<number, string> = { 1: 'Smallest scope', 2: 'Middle scope', 3: 'Largest scope' };

export function ValueOptions({ conversation, clientName }: { conversation: Conversation; clientName: string }) {
  const [choosing, setChoosing] = useState<Option | null>(null);
  return (
    <Card title="Three options">
      {conversation.options.length === 0 ? (
        <p className="muted">Save a low estimate of the annual value to see the three options.</p>
      ) : (
        <ol className="value-options" aria-label="Options">
          {conversation.options.map((option) => (
            <li key={option.option} className="value-option">
              <h3 className="value-option__title">Option {option.option}</h3>
              <p className="value-option__scope muted">
                {SCOPE[option.option]} · {option.multiple}× return
              </p>
              <p className="value-option__fee" data-testid={`value-option-${option.option}`}>
                <Money amountMinor={option.feeMinor} currency={conversation.currency} />
              </p>
              <Button
                size="sm"
                aria-label={`Choose option ${option.option}, ${formatMoney(option.feeMinor, conversation.currency)}`}
                onClick={() => setChoosing(option)}
              >
                Choose
              </Button>
            </li>
          ))}
        </ol>
      )}
      <ChooseDialog option={choosing} conversation={conversation} clientName={clientName} onClose={() => setChoosing(null)} />
    </Card>
  );
}

function ChooseDialog({
  option,
  conversation,
  clientName,
  onClose,
}: {
  option: Option | null;
  conversation: Conversation;
  clientName: string;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const today = useStatus((state) => state.status?.today ?? '');
  const [startDate, setStartDate] = useState(today);
  const [term, setTerm] = useState('6');
  const [errors, setErrors] = useState<{ startDate?: string; termMonths?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    if (!option) return;
    const termMonths = Number(term);
    if (!Number.isInteger(termMonths) || termMonths < 1 || termMonths > 60) {
      setErrors({ termMonths: 'Term must be 1 to 60 months' });
      return;
    }
    setBusy(true);
    const result = await api.call('pricing.choose', {
      clientId: conversation.clientId,
      option: option.option as 1 | 2 | 3,
      startDate,
      termMonths,
    });
    setBusy(false);
    if (result.ok) {
      toast(`Drafted option ${option.option} for ${clientName}`);
      onClose();
      navigate(`/agreements/${encodeURIComponent(result.value.agreementId)}`);
      return;
    }
    const fields = result.error.fields ?? {};
    setErrors({
      ...(fields.startDate ? { startDate: namedError('Start', fields.startDate) } : {}),
      ...(fields.termMonths ? { termMonths: namedError('Term', fields.termMonths) } : {}),
      ...(!fields.startDate && !fields.termMonths ? { form: result.error.message } : {}),
    });
  };

  return (
    <Dialog
      open={option !== null}
      onOpenChange={(open) => {
        if (!open) {
          setErrors({});
          onClose();
        }
      }}
      width="sm"
      title={option ? `Draft option ${option.option}` : 'Draft an option'}
      description={
        option ? (
          <>
            A value-based draft for {clientName} at <Money amountMinor={option.feeMinor} currency={conversation.currency} />, paid in two
            installments: half at the start, the rest half-way through.
          </>
        ) : undefined
      }
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void choose()}>
            Draft agreement
          </Button>
        </>
      }
    >
      <form
        className="form-grid"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void choose();
        }}
      >
        {errors.form && (
          <p role="alert" className="form-error span-2">
            {errors.form}
          </p>
        )}
        <TextField
          label="Start"
          type="date"
          data-autofocus
          value={startDate}
          error={errors.startDate}
          onChange={(event) => setStartDate(event.target.value)}
        />
        <TextField
          label="Term"
          type="number"
          min={1}
          max={60}
          suffix="months"
          value={term}
          error={errors.termMonths}
          onChange={(event) => setTerm(event.target.value)}
        />
      </form>
    </Dialog>
  );
}
