// A session that does not come from the weekly slot: an extended session arranged in
// advance, a short check-in, or an extra call. From the calendar (a picked time) or the
// client page (the client fixed). One that already happened can be logged in the same step,
// so the usage ledger shows what it used.
import { useEffect, useId, useMemo, useState } from 'react';
import { instantOfWallTime } from '../../../src/domain/slot.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { Select } from '../../components/Select.tsx';
import { Textarea } from '../../components/Textarea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatMinutes } from '../../lib/format.ts';
import { namedError } from '../../lib/serverErrors.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { useSettings } from '../../stores/settings.ts';
import { toast } from '../../stores/toasts.ts';
import { wallParts } from './time.ts';
import { KIND_LABELS, type SessionKind } from './types.ts';

const KIND_SEGMENTS = (['extended', 'check_in', 'session'] as const).map((value) => ({ value, label: KIND_LABELS[value] }));
const DEFAULT_MINUTES: Record<SessionKind, number> = { extended: 90, check_in: 15, session: 45 };

export interface NewSessionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Fixes the client (from their page); otherwise it is picked here. */
  clientId?: string;
  /** A start picked on the calendar. */
  start?: string;
  minutes?: number;
}

export function NewSessionDialog({ open, onOpenChange, clientId: fixedClient, start, minutes }: NewSessionDialogProps) {
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const formId = useId();
  const [clientId, setClientId] = useState(fixedClient ?? '');
  const [agreementId, setAgreementId] = useState('');
  const [kind, setKind] = useState<SessionKind>('extended');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [length, setLength] = useState('90');
  const [notes, setNotes] = useState('');
  const [logNow, setLogNow] = useState(false);
  const [logTouched, setLogTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clients = useLiveQuery('clients.list', { status: 'current' });
  const agreements = useLiveQuery('agreements.list', { clientId: clientId || 'none' });
  const inForce = useMemo(
    () => (clientId ? (agreements.data ?? []).filter((a) => a.displayStatus === 'active') : []),
    [agreements.data, clientId],
  );

  // Every opening starts afresh from what the caller picked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an opening resets the form; the caller's picks and the zone are read as they are then, so nothing typed is overwritten while it is open.
  useEffect(() => {
    if (!open) return;
    const when = wallParts(start ?? new Date(Math.ceil(Date.now() / 1_800_000) * 1_800_000), coachZone);
    setClientId(fixedClient ?? '');
    setKind('extended');
    setDate(when.date);
    setTime(when.time);
    setLength(String(minutes ?? DEFAULT_MINUTES.extended));
    setNotes('');
    setLogTouched(false);
    setErrors({});
    setFormError(null);
  }, [open]);

  // The retainer the time counts against, when the client has one.
  useEffect(() => {
    const retainer = inForce.find((a) => a.kind === 'work' || a.kind === 'access') ?? inForce[0];
    setAgreementId(retainer?.id ?? '');
  }, [inForce]);

  // A time already past suggests logging it now, until the coach decides either way.
  useEffect(() => {
    if (logTouched) return;
    const startInstant = instantOfWallTime(date, time, coachZone);
    setLogNow(startInstant !== null && Date.parse(startInstant) < Date.now());
  }, [date, time, coachZone, logTouched]);

  const chooseKind = (next: SessionKind) => {
    if (Number(length) === DEFAULT_MINUTES[kind] || length === '') setLength(String(DEFAULT_MINUTES[next]));
    setKind(next);
  };

  const submit = async () => {
    const startInstant = instantOfWallTime(date, time, coachZone);
    const planned = Number(length);
    const problems: Record<string, string> = {};
    if (!clientId) problems.clientId = 'Client is required';
    if (!startInstant) problems.start = 'Give a date and a start time';
    if (!Number.isInteger(planned) || planned <= 0) problems.plannedMinutes = 'Length must be a whole number of minutes above 0';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !startInstant) return;
    setBusy(true);
    setFormError(null);
    const created = await api.call('sessions.create', {
      clientId,
      agreementId: agreementId || null,
      start: startInstant,
      plannedMinutes: planned,
      kind,
      notes,
    });
    if (!created.ok) {
      setBusy(false);
      const fields = created.error.fields ?? {};
      setErrors(
        Object.fromEntries(
          Object.entries(fields).map(([field, message]) => [
            field,
            namedError(field === 'plannedMinutes' ? 'Length' : field === 'start' ? 'Start' : 'Client', message),
          ]),
        ),
      );
      setFormError(Object.keys(fields).length ? null : created.error.message);
      return;
    }
    const logged = logNow ? await api.call('sessions.log', { id: created.value.id, actualMinutes: planned }) : null;
    setBusy(false);
    onOpenChange(false);
    if (logged && !logged.ok) toast(`Added, but not logged: ${logged.error.message}`, { tone: 'danger' });
    else toast(`${KIND_LABELS[kind]} added${logged ? ` and ${formatMinutes(planned)} logged` : ''}`);
  };

  const clientOptions = [{ value: '', label: 'Choose a client…' }, ...(clients.data ?? []).map((c) => ({ value: c.id, label: c.name }))];
  const agreementOptions = [
    { value: '', label: 'No agreement (not counted in usage)' },
    ...inForce.map((a) => ({ value: a.id, label: a.title })),
  ];

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="New session"
      description="An extended session, a check-in or an extra call outside the weekly slot."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId} busy={busy}>
            Add session
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="form-grid session-grid"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {formError && (
          <p role="alert" className="form-error span-3">
            {formError}
          </p>
        )}
        <div className="span-3">
          <SegmentedControl label="Kind" value={kind} options={KIND_SEGMENTS} onChange={chooseKind} />
        </div>
        {!fixedClient && (
          <Select
            className="span-3"
            label="Client"
            data-autofocus
            options={clientOptions}
            value={clientId}
            error={errors.clientId}
            onChange={(event) => setClientId(event.target.value)}
          />
        )}
        <Select
          className="span-3"
          label="Counts against"
          options={agreementOptions}
          value={agreementId}
          onChange={(event) => setAgreementId(event.target.value)}
        />
        <TextField
          label="Date"
          type="date"
          value={date}
          error={errors.start}
          onChange={(event) => setDate(event.target.value)}
          {...(fixedClient ? { 'data-autofocus': true } : {})}
        />
        <TextField
          label="Start time"
          type="time"
          description={coachZone.replaceAll('_', ' ')}
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
        <TextField
          label="Length"
          type="number"
          inputMode="numeric"
          min={5}
          step={5}
          suffix="min"
          value={length}
          error={errors.plannedMinutes}
          onChange={(event) => setLength(event.target.value)}
        />
        <Textarea className="span-3" label="Notes" rows={3} data-private value={notes} onChange={(event) => setNotes(event.target.value)} />
        <label className="session-check span-3">
          <input
            type="checkbox"
            checked={logNow}
            onChange={(event) => {
              setLogNow(event.target.checked);
              setLogTouched(true);
            }}
          />
          <span>It already happened: log it as delivered ({formatMinutes(Math.max(Number(length) || 0, 0))})</span>
        </label>
      </form>
    </Dialog>
  );
}
