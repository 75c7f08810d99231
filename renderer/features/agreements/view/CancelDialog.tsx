// Cancel with notice: the core works out where notice given on a day ends the agreement
// (the notice rule); the coach sees the deadline and the end before confirming, and may
// agree a different end with the client.
import { useEffect, useState } from 'react';
import { isCalendarDate } from '../../../../src/domain/dates.ts';
import { type ApiOutput, api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../lib/format.ts';
import { namedError } from '../../../lib/serverErrors.ts';
import { toast } from '../../../stores/toasts.ts';
import type { AgreementDetail } from '../types.ts';

type CancelPreview = ApiOutput<'agreements.cancelPreview'>;

export function CancelDialog({
  detail,
  open,
  onOpenChange,
}: {
  detail: AgreementDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [noticeGivenOn, setNoticeGivenOn] = useState(detail.today);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [preview, setPreview] = useState<CancelPreview | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = detail.agreement.id;

  // Every opening starts with notice given today.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an opening resets the form; a refetch of `detail` while it is open must not overwrite the date typed.
  useEffect(() => {
    if (open) {
      setNoticeGivenOn(detail.today);
      setErrors({});
      setFormError(null);
    }
  }, [open]);

  // The rule's answer for the notice date; the effective date follows it until the coach changes it.
  useEffect(() => {
    if (!open || !isCalendarDate(noticeGivenOn)) return;
    let stale = false;
    void api.call('agreements.cancelPreview', { id, noticeGivenOn }).then((result) => {
      if (stale) return;
      if (result.ok) {
        setPreview(result.value);
        setEffectiveDate(result.value.effectiveDate);
        setErrors({});
      } else setErrors(result.error.fields ?? { noticeGivenOn: result.error.message });
    });
    return () => {
      stale = true;
    };
  }, [open, noticeGivenOn, id]);

  const confirm = async () => {
    setBusy(true);
    const result = await api.call('agreements.cancel', { id, noticeGivenOn, ...(effectiveDate ? { effectiveDate } : {}) });
    setBusy(false);
    if (result.ok) {
      onOpenChange(false);
      toast(`Cancelled: it ends on ${formatDate(result.value.agreement.cancellation?.effectiveDate ?? effectiveDate)}`);
      return;
    }
    const fields = result.error.fields ?? {};
    const effective = fields.effectiveDate ?? fields['cancellation.effectiveDate'];
    setErrors({
      ...(fields.noticeGivenOn ? { noticeGivenOn: fields.noticeGivenOn } : {}),
      ...(effective ? { effectiveDate: effective } : {}),
    });
    if (!fields.noticeGivenOn && !effective) setFormError(result.error.message);
  };

  const outlook = preview?.outlook;
  const changed = preview !== null && effectiveDate !== preview.effectiveDate;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Cancel this agreement"
      description="It stays active until the end date, then stops: no more sessions or fees after it. You can withdraw the cancellation until then."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Keep it</Button>
          <Button variant="danger" busy={busy} disabled={!preview} onClick={() => void confirm()}>
            Cancel agreement
          </Button>
        </>
      }
    >
      <div className="form-stack">
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <TextField
          label="Notice given on"
          type="date"
          data-autofocus
          value={noticeGivenOn}
          error={errors.noticeGivenOn ? namedError('Notice given on', errors.noticeGivenOn) : undefined}
          onChange={(e) => setNoticeGivenOn(e.target.value)}
        />
        {outlook && (
          <dl className="facts facts--compact" aria-live="polite">
            {outlook.noticeDeadline && (
              <div className="facts__item">
                <dt>Notice deadline for this term</dt>
                <dd>{formatDate(outlook.noticeDeadline)}</dd>
              </div>
            )}
            {outlook.termEnd && (
              <div className="facts__item">
                <dt>Term ends</dt>
                <dd>{formatDate(outlook.termEnd)}</dd>
              </div>
            )}
            <div className="facts__item">
              <dt>By the notice rule it ends on</dt>
              <dd>
                <strong>{formatDate(preview.effectiveDate)}</strong>
              </dd>
            </div>
          </dl>
        )}
        <TextField
          label="Ends on (first day no longer in force)"
          type="date"
          value={effectiveDate}
          description={
            changed
              ? 'A different end than the notice rule gives: agreed with the client.'
              : 'The notice rule’s date. Change it if you agreed another end.'
          }
          error={errors.effectiveDate ? namedError('The end date', errors.effectiveDate) : undefined}
          onChange={(e) => setEffectiveDate(e.target.value)}
        />
      </div>
    </Dialog>
  );
}
