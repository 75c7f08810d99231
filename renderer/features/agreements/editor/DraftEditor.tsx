// The draft editor: the terms form and the clauses on the left, the live document on the
// right. Changes are previewed on every keystroke and saved shortly after typing stops.
import { ArrowLeft, Download, FileSignature, Send, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../api.ts';
import { Banner } from '../../../components/Banner.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { StatusChip } from '../../../components/StatusChip.tsx';
import { toast } from '../../../stores/toasts.ts';
import { kindLabel } from '../labels.ts';
import { downloadAgreementPdf } from '../pdf.ts';
import type { AgreementDetail } from '../types.ts';
import { SignDialog } from '../view/SignDialog.tsx';
import { ClauseList } from './ClauseList.tsx';
import { useDraft } from './draftStore.ts';
import { normaliseFields } from './errors.ts';
import { PreviewPane } from './PreviewPane.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { discardStash } from './sync.ts';
import { TermsForm } from './TermsForm.tsx';
import { useDraftEditor } from './useDraftEditor.ts';

/** Why the agreement cannot go out yet, or null when it can. */
function useBlockingReason(): string | null {
  return useDraft((state) => {
    const problems = state.document?.problems ?? [];
    if (problems.length > 0)
      return `Fix ${problems.length === 1 ? 'the merge field' : `${problems.length} merge fields`} first: ${problems[0]!.message} (in “${problems[0]!.clauseTitle}”).`;
    const fieldErrors = Object.keys({ ...state.previewErrors, ...state.save.errors }).length;
    if (fieldErrors > 0) return 'Fix the marked fields first.';
    return null;
  });
}

export function DraftEditor({ detail }: { detail: AgreementDetail }) {
  const navigate = useNavigate();
  const sync = useDraftEditor(detail, 'draft');
  const restored = useDraft((state) => state.restored);
  const blocked = useBlockingReason();
  const [signing, setSigning] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [sending, setSending] = useState(false);
  const id = detail.agreement.id;

  // Ctrl/⌘+S saves now, as in any editor.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void sync?.flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sync]);

  const send = async () => {
    if (!sync) return;
    setSending(true);
    const saved = await sync.flush();
    const result = saved ? await api.call('agreements.send', { id }) : null;
    setSending(false);
    if (!result) return;
    if (result.ok) toast('Marked as sent. It waits for the client’s signature.');
    else if (result.error.fields)
      useDraft
        .getState()
        .setSave({ errors: normaliseFields(result.error.fields, useDraft.getState().clauses), message: result.error.message });
    else toast(result.error.message, { tone: 'danger' });
  };

  const remove = async () => {
    const result = await api.call('agreements.delete', { id });
    if (!result.ok) return result.error.message;
    discardStash(id);
    toast(`Deleted the draft “${detail.agreement.title}”`);
    navigate('/agreements');
    return null;
  };

  const pdf = async () => {
    await sync?.flush();
    await downloadAgreementPdf(id);
  };

  return (
    <div className="screen agreement-editor">
      {restored && (
        <Banner
          tone="neutral"
          action={
            <Button size="sm" onClick={() => useDraft.getState().dismissRestored()}>
              Got it
            </Button>
          }
        >
          Changes you made earlier and had not saved were put back.
        </Banner>
      )}
      <header className="editor-bar">
        <div className="editor-bar__identity">
          <Link to="/agreements" className="back-link editor-bar__back">
            <ArrowLeft size={14} aria-hidden="true" /> Agreements
          </Link>
          <div className="editor-bar__title">
            <h1 data-private>{detail.agreement.title || 'Untitled agreement'}</h1>
            <StatusChip status={detail.displayStatus} />
          </div>
          <p className="muted editor-bar__meta">
            {kindLabel(detail.agreement.kind)} for{' '}
            <Link to={`/clients/${encodeURIComponent(detail.client.id)}`} data-private>
              {detail.client.name}
            </Link>
          </p>
        </div>
        <div className="editor-bar__actions">
          <SaveStatus onSave={() => void sync?.flush()} />
          <Button variant="ghost" icon={<Trash2 size={14} />} onClick={() => setDeleting(true)}>
            Delete
          </Button>
          <Button icon={<Download size={14} />} onClick={() => void pdf()}>
            PDF
          </Button>
          <Button icon={<FileSignature size={14} />} disabled={blocked !== null} onClick={() => setSigning(true)}>
            Mark signed
          </Button>
          <Button
            variant="primary"
            icon={<Send size={14} />}
            disabled={blocked !== null}
            busy={sending}
            aria-describedby={blocked ? 'send-blocked' : undefined}
            onClick={() => void send()}
          >
            Mark as sent
          </Button>
        </div>
      </header>
      {blocked && (
        <p id="send-blocked" className="editor-blocked" role="status">
          {blocked}
        </p>
      )}
      <div className="editor-panes">
        <section className="editor-pane editor-pane--form" aria-label="Terms and clauses">
          <TermsForm storedInstallments={detail.agreement.installments} />
          <ClauseList />
        </section>
        <PreviewPane />
      </div>
      <SignDialog detail={detail} open={signing} onOpenChange={setSigning} beforeSign={() => sync?.flush() ?? Promise.resolve(false)} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete this draft?"
        description="The draft and its clauses are removed for good. Nothing was sent or signed, so nothing else refers to it."
        confirmLabel="Delete draft"
        onConfirm={remove}
      />
    </div>
  );
}
