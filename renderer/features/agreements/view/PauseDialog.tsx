// Pause whole billing periods: the coach picks the first and last period from the ones
// the core offers (a period starting inside a pause is neither billed nor given time).
import { useEffect, useState } from 'react';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { Select } from '../../../components/Select.tsx';
import { formatDate } from '../../../lib/format.ts';
import { toast } from '../../../stores/toasts.ts';
import type { AgreementDetail } from '../types.ts';

const range = (start: string, end: string) => `${formatDate(start)} – ${formatDate(end)}`;

export function PauseDialog({
  detail,
  open,
  onOpenChange,
}: {
  detail: AgreementDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const options = detail.pauseOptions;
  const [first, setFirst] = useState('0');
  const [last, setLast] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setFirst('0');
      setLast('0');
      setError(null);
    }
  }, [open]);

  const from = options[Number(first)];
  const lastOptions = options.slice(Number(first));
  const to = options[Math.max(Number(first), Number(last))];

  const pause = async () => {
    if (!from || !to) return;
    setBusy(true);
    const result = await api.call('agreements.pause', { id: detail.agreement.id, from: from.start, to: to.end });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onOpenChange(false);
    toast(`Paused ${range(from.start, to.end)}`);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Pause billing periods"
      description="No fee and no included time for these periods; the weekly call does not take place."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void pause()}>
            Pause
          </Button>
        </>
      }
    >
      <div className="form-stack">
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <Select
          label="From the period"
          data-autofocus
          options={options.map((o, i) => ({ value: String(i), label: range(o.start, o.end) }))}
          value={first}
          onChange={(e) => {
            setFirst(e.target.value);
            if (Number(last) < Number(e.target.value)) setLast(e.target.value);
          }}
        />
        <Select
          label="Through the period"
          options={lastOptions.map((o, i) => ({ value: String(i + Number(first)), label: range(o.start, o.end) }))}
          value={String(Math.max(Number(first), Number(last)))}
          onChange={(e) => setLast(e.target.value)}
        />
        {from && to && (
          <p className="muted">
            Paused from {formatDate(from.start)} through {formatDate(to.end)}.
          </p>
        )}
      </div>
    </Dialog>
  );
}
