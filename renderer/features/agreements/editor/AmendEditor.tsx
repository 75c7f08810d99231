// Amending a signed agreement: the same editor, started from the text in force. Nothing is
// stored until the amendment is signed; then it becomes the next version.
import { ArrowLeft, FileSignature } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Banner } from '../../../components/Banner.tsx';
import { Button } from '../../../components/Button.tsx';
import { agreementPath } from '../labels.ts';
import type { AgreementDetail } from '../types.ts';
import { AmendDialog } from './AmendDialog.tsx';
import { ClauseList } from './ClauseList.tsx';
import { useDraft } from './draftStore.ts';
import { PreviewPane } from './PreviewPane.tsx';
import { TermsForm } from './TermsForm.tsx';
import { useDraftEditor } from './useDraftEditor.ts';

export function AmendEditor({ detail }: { detail: AgreementDetail }) {
  useDraftEditor(detail, 'amend');
  const [signing, setSigning] = useState(false);
  const changed = useDraft((state) => state.revision > 0);
  const problems = useDraft((state) => state.document?.problems.length ?? 0);
  const back = agreementPath(detail.agreement.id);

  return (
    <div className="screen agreement-editor">
      <Banner tone="neutral">
        Amending version {detail.versions.length}. Nothing changes until the amendment is signed; it then applies from its effective date.
      </Banner>
      <header className="editor-bar">
        <div className="editor-bar__identity">
          <Link to={back} className="back-link editor-bar__back">
            <ArrowLeft size={14} aria-hidden="true" /> Back without amending
          </Link>
          <div className="editor-bar__title">
            <h1>
              Amend <span data-private>{detail.agreement.title}</span>
            </h1>
          </div>
          <p className="muted editor-bar__meta" data-private>
            {detail.client.name}
          </p>
        </div>
        <div className="editor-bar__actions">
          {problems > 0 && <span className="save-status__text save-status__text--problem">Fix the merge fields first</span>}
          <Button variant="primary" icon={<FileSignature size={14} />} disabled={!changed || problems > 0} onClick={() => setSigning(true)}>
            Sign amendment…
          </Button>
        </div>
      </header>
      <div className="editor-panes">
        <section className="editor-pane editor-pane--form" aria-label="Terms and clauses">
          <TermsForm storedInstallments={detail.agreement.installments} />
          <ClauseList />
        </section>
        <PreviewPane />
      </div>
      <AmendDialog detail={detail} open={signing} onOpenChange={setSigning} />
    </div>
  );
}
