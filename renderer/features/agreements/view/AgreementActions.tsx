// What can be done to an agreement that is no longer a draft, by its status: a sent one is
// withdrawn or signed; one in force is amended, cancelled, paused or ended.
import { Ban, CirclePause, Download, FilePen, FileSignature, Square, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { toast } from '../../../stores/toasts.ts';
import { agreementPath } from '../labels.ts';
import { downloadAgreementPdf } from '../pdf.ts';
import type { AgreementDetail } from '../types.ts';
import { CancelDialog } from './CancelDialog.tsx';
import { PauseDialog } from './PauseDialog.tsx';
import { SignDialog } from './SignDialog.tsx';

type Open = 'sign' | 'cancel' | 'pause' | 'end' | 'withdraw' | null;

async function simple(call: Promise<{ ok: boolean; error?: { message: string } }>, done: string): Promise<string | null> {
  const result = await call;
  if (!result.ok) return result.error?.message ?? 'That did not work.';
  toast(done);
  return null;
}

export function AgreementActions({ detail }: { detail: AgreementDetail }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>(null);
  const { agreement } = detail;
  const id = agreement.id;
  const inForce = detail.displayStatus === 'active';
  const dialog = (name: Exclude<Open, null>) => ({ open: open === name, onOpenChange: (next: boolean) => setOpen(next ? name : null) });

  return (
    <div className="editor-bar__actions">
      <Button icon={<Download size={14} />} onClick={() => void downloadAgreementPdf(id)}>
        PDF
      </Button>
      {agreement.status === 'sent' && (
        <>
          <Button icon={<Undo2 size={14} />} onClick={() => setOpen('withdraw')}>
            Withdraw
          </Button>
          <Button variant="primary" icon={<FileSignature size={14} />} onClick={() => setOpen('sign')}>
            Mark signed
          </Button>
        </>
      )}
      {agreement.status === 'active' && inForce && (
        <>
          <Button icon={<CirclePause size={14} />} onClick={() => setOpen('pause')}>
            Pause
          </Button>
          {agreement.cancellation ? (
            <Button
              icon={<Undo2 size={14} />}
              onClick={() =>
                void simple(api.call('agreements.withdrawCancellation', { id }), 'Cancellation withdrawn: the agreement continues').then(
                  (m) => m && toast(m, { tone: 'danger' }),
                )
              }
            >
              Withdraw cancellation
            </Button>
          ) : (
            <Button icon={<Ban size={14} />} onClick={() => setOpen('cancel')}>
              Cancel…
            </Button>
          )}
          <Button variant="primary" icon={<FilePen size={14} />} onClick={() => navigate(`${agreementPath(id)}/amend`)}>
            Amend
          </Button>
        </>
      )}
      {agreement.status === 'active' && (
        <Button variant="ghost" icon={<Square size={14} />} onClick={() => setOpen('end')}>
          End now
        </Button>
      )}
      {agreement.status === 'sent' && <SignDialog detail={detail} {...dialog('sign')} />}
      {agreement.status === 'active' && (
        <>
          <CancelDialog detail={detail} {...dialog('cancel')} />
          <PauseDialog detail={detail} {...dialog('pause')} />
        </>
      )}
      <ConfirmDialog
        {...dialog('withdraw')}
        title="Withdraw this proposal?"
        description="It goes back to being a draft you can edit. Tell the client the version they have is no longer on offer."
        confirmLabel="Withdraw to draft"
        tone="primary"
        onConfirm={() => simple(api.call('agreements.withdraw', { id }), 'Withdrawn: the agreement is a draft again')}
      />
      <ConfirmDialog
        {...dialog('end')}
        title="End this agreement now?"
        description={
          agreement.cancellation
            ? 'It is marked cancelled now instead of on its end date. The text and every version stay on record.'
            : 'It is marked ended today: no more sessions or fees. The text and every version stay on record. To end it with notice instead, cancel it.'
        }
        confirmLabel="End agreement"
        onConfirm={() => simple(api.call('agreements.end', { id }), 'The agreement has ended')}
      />
    </div>
  );
}
