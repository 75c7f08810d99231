// An agreement that is no longer a draft: its facts and versions on the left, the
// document (the current signed version, or the text as sent) on the right.
import { ArrowLeft } from 'lucide-react';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { Banner } from '../../../components/Banner.tsx';
import { StatusChip } from '../../../components/StatusChip.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useSettings } from '../../../stores/settings.ts';
import { DocumentView } from '../DocumentView.tsx';
import { kindLabel } from '../labels.ts';
import type { AgreementDetail } from '../types.ts';
import { useNewShortcut } from '../useNewShortcut.ts';
import { AgreementActions } from './AgreementActions.tsx';
import { AgreementFacts } from './AgreementFacts.tsx';
import { VersionList } from './VersionList.tsx';

export function AgreementView({ detail }: { detail: AgreementDetail }) {
  const timeZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const { agreement } = detail;
  const navigate = useNavigate();
  // `n` drafts the next agreement, for the same client.
  useNewShortcut(
    useCallback(() => navigate(`/agreements/new?clientId=${encodeURIComponent(agreement.clientId)}`), [navigate, agreement.clientId]),
  );
  return (
    <div className="screen agreement-editor">
      {agreement.status === 'sent' && (
        <Banner tone="neutral">
          Sent{agreement.sentAt ? ` on ${formatDate(agreement.sentAt.slice(0, 10))}` : ''}: waiting for the client’s signature. Withdraw it
          to make changes.
        </Banner>
      )}
      {agreement.cancellation && detail.displayStatus === 'active' && (
        <Banner tone="warning">Cancelled with notice: it ends on {formatDate(agreement.cancellation.effectiveDate)}.</Banner>
      )}
      <header className="editor-bar">
        <div className="editor-bar__identity">
          <Link to="/agreements" className="back-link editor-bar__back">
            <ArrowLeft size={14} aria-hidden="true" /> Agreements
          </Link>
          <div className="editor-bar__title">
            <h1 data-private>{agreement.title}</h1>
            <StatusChip status={detail.displayStatus} />
          </div>
          <p className="muted editor-bar__meta">
            {kindLabel(agreement.kind)} for{' '}
            <Link to={`/clients/${encodeURIComponent(detail.client.id)}`} data-private>
              {detail.client.name}
            </Link>
          </p>
        </div>
        <AgreementActions detail={detail} />
      </header>
      <div className="editor-panes editor-panes--view">
        <section className="editor-pane editor-pane--form" aria-label="Agreement details">
          <section className="editor-section" aria-labelledby="facts-heading">
            <h2 id="facts-heading" className="editor-section__title">
              Details
            </h2>
            <AgreementFacts detail={detail} />
          </section>
          <section className="editor-section" aria-labelledby="versions-heading">
            <h2 id="versions-heading" className="editor-section__title">
              Versions
            </h2>
            <VersionList detail={detail} />
          </section>
        </section>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes the focus so that it scrolls from the keyboard (axe: scrollable-region-focusable). */}
        <section className="editor-pane editor-pane--preview" aria-label="Document" tabIndex={0}>
          <DocumentView document={detail.document} timeZone={timeZone} />
        </section>
      </div>
    </div>
  );
}
