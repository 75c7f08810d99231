// The terms of the agreement, with the fields its kind needs. Values are typed as text and
// judged by the core; its messages appear under the fields they name.
import { SegmentedControl } from '../../../components/SegmentedControl.tsx';
import { currencyOptions } from '../../../lib/options.ts';
import type { Agreement } from '../types.ts';
import { useDraft } from './draftStore.ts';
import { MoneyField, TermCheckbox, TermField, TermSelect, useFieldError } from './fields.tsx';
import { InstallmentsField } from './InstallmentsField.tsx';
import { SlotFields } from './SlotFields.tsx';

const PERIODS = [
  { value: '1', label: 'Monthly' },
  { value: '3', label: 'Quarterly' },
] as const;

function BillingPeriod() {
  const value = useDraft((state) => state.terms.periodMonths);
  const setTerms = useDraft((state) => state.setTerms);
  const error = useFieldError('periodMonths');
  return (
    <div className="field">
      <span className="field__label" aria-hidden="true">
        Billing period
      </span>
      <SegmentedControl label="Billing period" value={value} options={PERIODS} onChange={(periodMonths) => setTerms({ periodMonths })} />
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}

function TermFields() {
  const openEnded = useDraft((state) => state.terms.openEnded);
  return (
    <>
      <TermField name="startDate" field="startDate" label="Start date" type="date" />
      <div className="field-stack">
        <TermField name="termMonths" field="termMonths" label="Term" suffix="months" inputMode="numeric" disabled={openEnded} />
        <div className="checks">
          <TermCheckbox name="openEnded" label="Open-ended" />
          <TermCheckbox name="autoRenew" label="Renews automatically" disabled={openEnded} />
        </div>
      </div>
      <TermField name="noticeDays" field="noticeDays" label="Notice" suffix="days" inputMode="numeric" />
    </>
  );
}

function FeeFields({ kind }: { kind: Agreement['kind'] }) {
  if (kind === 'project') {
    return (
      <MoneyField
        name="hourlyRate"
        field="hourlyRateMinor"
        label="Hourly rate"
        description="Billed monthly in arrears for the minutes logged."
      />
    );
  }
  if (kind === 'value') {
    return (
      <>
        <MoneyField name="fee" field="feeMinor" label="Fee" description="One fixed fee for the outcome." />
        <MoneyField
          name="agreedValue"
          field="agreedValueMinor"
          label="Agreed value"
          description="What the outcome is worth to the client, per year."
        />
      </>
    );
  }
  return (
    <>
      <MoneyField name="fee" field="feeMinor" label="Fee" description="Per billing period, in advance." />
      <BillingPeriod />
      {kind === 'work' ? (
        <>
          <TermField
            name="includedMinutes"
            field="includedMinutes"
            label="Included minutes"
            suffix="min"
            inputMode="numeric"
            description="Per billing period."
          />
          <TermField
            name="rolloverCapMinutes"
            field="rolloverCapMinutes"
            label="Rollover cap"
            suffix="min"
            inputMode="numeric"
            description="Unused minutes carried one period; empty for none."
          />
          <MoneyField name="overageRate" field="overageRateMinorPerHour" label="Overage rate per hour" />
          <TermField
            name="overageIncrementMinutes"
            field="overageIncrementMinutes"
            label="Overage increment"
            suffix="min"
            inputMode="numeric"
            description="Extra time is rounded up to this step."
          />
        </>
      ) : (
        <TermField
          name="fairUseMinutes"
          field="fairUseMinutes"
          label="Fair-use minutes"
          suffix="min"
          inputMode="numeric"
          description="Per period; a warning, never billed. Empty for none."
        />
      )}
    </>
  );
}

export function TermsForm({ storedInstallments }: { storedInstallments: Agreement['installments'] }) {
  const kind = useDraft((state) => state.kind);
  return (
    <div className="terms-form">
      <section className="editor-section" aria-labelledby="terms-basics">
        <h2 id="terms-basics" className="editor-section__title">
          Terms
        </h2>
        <div className="form-grid">
          <TermField className="span-2" name="title" field="title" label="Title" />
          <TermSelect name="currency" field="currency" label="Currency" options={currencyOptions()} />
          <TermFields />
        </div>
      </section>
      <section className="editor-section" aria-labelledby="terms-fee">
        <h2 id="terms-fee" className="editor-section__title">
          Pricing
        </h2>
        <div className="form-grid">
          <FeeFields kind={kind} />
        </div>
        {kind === 'value' && <InstallmentsField stored={storedInstallments} />}
      </section>
      <SlotFields />
    </div>
  );
}
