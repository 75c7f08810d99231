// One occurrence, opened from the calendar, Today or the client page: log it (the usual
// case, the form it opens on), or record what happened instead — a no-show or a
// cancellation in one click — or move it. Every outcome closes the dialog with a toast.
// A call that has not begun can only be cancelled or moved; a cancellation recorded once
// it has begun asks when it was made (docs/domain.md, "Weekly call slot").
import { type ReactNode, useEffect, useId, useState } from 'react';
import { instantText, timestampText } from '../../../src/domain/instants.ts';
import { type CancelNotice, cancelledAtForNotice, hasStarted } from '../../../src/domain/session-outcome.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { useSettings } from '../../stores/settings.ts';
import { cancelSession, deleteSession, logSession, markNoShow, reopenSession, rescheduleSession } from './actions.ts';
import { LogForm } from './LogForm.tsx';
import { NotesForm } from './NotesForm.tsx';
import { RescheduleForm } from './RescheduleForm.tsx';
import { SessionBadges } from './SessionBadges.tsx';
import { theirTime, whenIn } from './time.ts';
import { isOpen, type SessionItem } from './types.ts';
import './sessions.css';

export interface SessionDialogProps {
  /** The occurrence shown; null keeps the dialog closed. */
  item: SessionItem | null;
  clientName: string;
  clientTimeZone?: string | undefined;
  onClose: () => void;
}

type Mode = 'log' | 'reschedule';
type By = 'client' | 'coach';

export function SessionDialog({ item, clientName, clientTimeZone, onClose }: SessionDialogProps) {
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const lateCancelHours = useSettings((state) => state.settings?.lateCancelHours ?? 24);
  const formId = useId();
  const [mode, setMode] = useState<Mode>('log');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** Who cancelled a call that has begun, while the dialog asks when. */
  const [asking, setAsking] = useState<By | null>(null);

  // Every opening starts on the log form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `item?.key` is the trigger, not an input: another session opened resets the dialog.
  useEffect(() => {
    setMode('log');
    setError(null);
    setBusy(null);
    setAsking(null);
  }, [item?.key]);

  if (!item) return null;

  const run = async (what: string, action: () => Promise<string | null>) => {
    setBusy(what);
    setError(null);
    const problem = await action();
    setBusy(null);
    if (problem) setError(problem);
    else onClose();
  };

  const their = theirTime(item.start, coachZone, clientTimeZone);
  const closedOutcome = item.status === 'cancelled' || item.status === 'no_show';
  // Held and no-show only once the call has begun; a cancellation after that says when it was made.
  const started = hasStarted(item.start, timestampText(new Date()));
  const cancel = (by: By) => {
    if (started) setAsking(by);
    else void run(by, () => cancelSession(item, by));
  };
  const cancelWith = (by: By, notice: CancelNotice) =>
    void run(`${by}-${notice}`, () => cancelSession(item, by, cancelledAtForNotice(item.start, notice, lateCancelHours)));
  const title = <span data-private>{clientName}</span>;
  const description = `${whenIn(item.start, item.end, coachZone)}${their ? ` · ${their} their time` : ''}`;

  let body: ReactNode;
  let primary: ReactNode;
  if (mode === 'reschedule') {
    body = (
      <RescheduleForm
        id={formId}
        item={item}
        coachZone={coachZone}
        onSubmit={(start, minutes) =>
          void run('move', () =>
            rescheduleSession(item, start, minutes, whenIn(start, instantText(Date.parse(start) + minutes * 60_000), coachZone)),
          )
        }
      />
    );
    primary = (
      <Button variant="primary" type="submit" form={formId} busy={busy === 'move'}>
        Move this call
      </Button>
    );
  } else if (closedOutcome && item.sessionId) {
    const id = item.sessionId;
    body = <NotesForm id={formId} sessionId={id} notes={item.notes} onSaved={onClose} />;
    primary = (
      <Button variant="primary" type="submit" form={formId}>
        Save notes
      </Button>
    );
  } else if (!started) {
    body = <p className="muted">This call has not started yet: it can be logged, or marked a no-show, once it has begun.</p>;
    primary = null;
  } else {
    body = <LogForm id={formId} item={item} onSubmit={(values) => void run('log', () => logSession(item, values))} />;
    primary = (
      <Button variant="primary" type="submit" form={formId} busy={busy === 'log'}>
        {item.status === 'completed' ? 'Save changes' : 'Log session'}
      </Button>
    );
  }

  const sessionId = item.sessionId;
  return (
    <>
      <Dialog
        open
        onOpenChange={(open) => !open && onClose()}
        title={title}
        description={description}
        width="md"
        footer={
          <>
            {mode === 'reschedule' && <Button onClick={() => setMode('log')}>Back</Button>}
            <Button onClick={onClose}>Close</Button>
            {primary}
          </>
        }
      >
        <div className="session-dialog">
          <SessionBadges item={item} />
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          {body}
          {mode === 'log' && (
            <section className="session-dialog__outcomes" aria-label="Other outcomes">
              <h3 className="session-dialog__heading">
                {!started && isOpen(item)
                  ? 'If plans change'
                  : isOpen(item) || item.status === 'completed'
                    ? 'Or record what happened instead'
                    : 'Change what happened'}
              </h3>
              {asking ? (
                <fieldset className="session-dialog__ask">
                  <legend className="session-dialog__question">
                    {asking === 'client' ? 'When did the client cancel?' : 'When did you cancel?'}
                  </legend>
                  <div className="session-dialog__buttons">
                    <Button size="sm" busy={busy === `${asking}-more`} onClick={() => cancelWith(asking, 'more')}>
                      More than {lateCancelHours} hours before
                    </Button>
                    <Button size="sm" busy={busy === `${asking}-less`} onClick={() => cancelWith(asking, 'less')}>
                      Less than {lateCancelHours} hours before
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setAsking(null)}>
                      Back
                    </Button>
                  </div>
                </fieldset>
              ) : (
                <div className="session-dialog__buttons">
                  {started && item.status !== 'no_show' && (
                    <Button size="sm" busy={busy === 'noshow'} onClick={() => void run('noshow', () => markNoShow(item))}>
                      No-show
                    </Button>
                  )}
                  {item.status !== 'cancelled' && (
                    <>
                      <Button size="sm" busy={busy === 'client'} onClick={() => cancel('client')}>
                        Client cancelled
                      </Button>
                      <Button size="sm" busy={busy === 'coach'} onClick={() => cancel('coach')}>
                        I cancelled
                      </Button>
                    </>
                  )}
                  <Button size="sm" onClick={() => setMode('reschedule')}>
                    Reschedule…
                  </Button>
                  {sessionId && closedOutcome && (
                    <Button size="sm" busy={busy === 'reopen'} onClick={() => void run('reopen', () => reopenSession(sessionId))}>
                      Reopen
                    </Button>
                  )}
                  {sessionId && (
                    <Button size="sm" variant="ghost" className="session-dialog__delete" onClick={() => setConfirmDelete(true)}>
                      Delete…
                    </Button>
                  )}
                </div>
              )}
              <p className="muted session-dialog__note">
                A no-show, or a client cancelling less than {lateCancelHours} h before the start (a late cancel), counts the planned minutes
                as delivered.
              </p>
            </section>
          )}
        </div>
      </Dialog>
      {sessionId && (
        <ConfirmDialog
          open={confirmDelete}
          onOpenChange={setConfirmDelete}
          title="Delete this session?"
          description={
            item.occurrenceStart
              ? 'Its notes and outcome go; the weekly slot shows the call as planned again.'
              : 'Its notes and outcome go, and it no longer counts towards usage.'
          }
          confirmLabel="Delete session"
          onConfirm={async () => {
            const problem = await deleteSession(sessionId);
            if (!problem) onClose();
            return problem;
          }}
        />
      )}
    </>
  );
}
