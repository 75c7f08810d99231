// Objectives, measures of success and the estimated annual value (low and high, in major
// units). Saved on request; the options beside it follow the saved low estimate.
import { type FormEvent, useEffect, useState } from 'react';
import { moneyText, parseMoney } from '../../../src/domain/money-text.ts';
import { type ApiOutput, api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { Select } from '../../components/Select.tsx';
import { Textarea } from '../../components/Textarea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { currencyOptions } from '../../lib/options.ts';
import { namedError } from '../../lib/serverErrors.ts';
import { toast } from '../../stores/toasts.ts';

export type Conversation = ApiOutput<'pricing.get'>;

const LABELS = {
  objectives: 'Objectives',
  measures: 'How success is measured',
  currency: 'Currency',
  valueLowMinor: 'Annual value, low estimate',
  valueHighMinor: 'Annual value, high estimate',
} as const;
type FieldName = keyof typeof LABELS;

interface Draft {
  objectives: string;
  measures: string;
  currency: string;
  low: string;
  high: string;
}

function draftOf(c: Conversation): Draft {
  return {
    objectives: c.objectives,
    measures: c.measures,
    currency: c.currency,
    low: moneyText(c.valueLowMinor, c.currency),
    high: moneyText(c.valueHighMinor, c.currency),
  };
}

export function ValueForm({ conversation }: { conversation: Conversation }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(conversation));
  const [saved, setSaved] = useState<Draft>(() => draftOf(conversation));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  // Follow what is stored while nothing is being edited here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stored conversation acts; `dirty` is read as it is at that moment (typing must not re-run this).
  useEffect(() => {
    const stored = draftOf(conversation);
    if (!dirty) setDraft(stored);
    setSaved(stored);
  }, [conversation]);

  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const low = parseMoney(draft.low, draft.currency);
    const high = parseMoney(draft.high, draft.currency);
    const local: Partial<Record<FieldName, string>> = {};
    if (!low.ok) local.valueLowMinor = namedError(LABELS.valueLowMinor, low.message);
    if (!high.ok) local.valueHighMinor = namedError(LABELS.valueHighMinor, high.message);
    setErrors(local);
    setFormError(null);
    if (!low.ok || !high.ok) return;
    setBusy(true);
    const result = await api.call('pricing.save', {
      clientId: conversation.clientId,
      objectives: draft.objectives,
      measures: draft.measures,
      currency: draft.currency,
      valueLowMinor: low.minor,
      valueHighMinor: high.minor,
    });
    setBusy(false);
    if (result.ok) {
      const stored = draftOf(result.value);
      setSaved(stored);
      setDraft(stored);
      toast('Value conversation saved');
      return;
    }
    const fields = result.error.fields ?? {};
    const placed: Partial<Record<FieldName, string>> = {};
    for (const name of Object.keys(LABELS) as FieldName[]) if (fields[name]) placed[name] = namedError(LABELS[name], fields[name]!);
    setErrors(placed);
    if (Object.keys(placed).length === 0) setFormError(result.error.message);
  };

  return (
    <Card title="Value conversation">
      <form className="value-form" noValidate onSubmit={(event) => void submit(event)}>
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <Textarea
          label={LABELS.objectives}
          description="What the client wants to be different a year from now, in their words."
          rows={4}
          data-private
          value={draft.objectives}
          error={errors.objectives}
          onChange={(event) => set({ objectives: event.target.value })}
        />
        <Textarea
          label={LABELS.measures}
          description="The evidence you will both accept: figures, dates, behaviours."
          rows={3}
          data-private
          value={draft.measures}
          error={errors.measures}
          onChange={(event) => set({ measures: event.target.value })}
        />
        <div className="value-form__amounts">
          <Select
            label={LABELS.currency}
            options={currencyOptions(draft.currency)}
            value={draft.currency}
            error={errors.currency}
            onChange={(event) => set({ currency: event.target.value })}
          />
          <TextField
            label={`Low (${draft.currency})`}
            inputMode="decimal"
            autoComplete="off"
            value={draft.low}
            error={errors.valueLowMinor}
            onChange={(event) => set({ low: event.target.value })}
          />
          <TextField
            label={`High (${draft.currency})`}
            inputMode="decimal"
            autoComplete="off"
            value={draft.high}
            error={errors.valueHighMinor}
            onChange={(event) => set({ high: event.target.value })}
          />
        </div>
        <p className="muted value-form__hint">
          Estimated value to the client over a year. The options are priced from the low estimate, so it pays to be conservative.
        </p>
        <div className="value-form__actions">
          <span className="muted" aria-live="polite">
            {dirty ? 'Unsaved changes' : 'Saved'}
          </span>
          {dirty && (
            <Button onClick={() => setDraft(saved)} disabled={busy}>
              Discard
            </Button>
          )}
          <Button variant="primary" type="submit" busy={busy} disabled={!dirty}>
            Save and price
          </Button>
        </div>
      </form>
    </Card>
  );
}
