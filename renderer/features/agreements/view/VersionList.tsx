// Every signed version of the text: when it took effect, who accepted it and how, its
// fingerprint, its PDF, and what changed from the one before.
import { Download, GitCompare } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { formatDate, formatInstantDate } from '../../../lib/format.ts';
import { useSettings } from '../../../stores/settings.ts';
import { agreementPath } from '../labels.ts';
import { downloadAgreementPdf } from '../pdf.ts';
import type { AgreementDetail } from '../types.ts';

export function VersionList({ detail }: { detail: AgreementDetail }) {
  const timeZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const versions = [...detail.versions].reverse();
  if (versions.length === 0) return <p className="muted">No signed version yet: the text is frozen when the agreement is signed.</p>;
  return (
    <ol className="versions" aria-label="Versions, newest first">
      {versions.map((version) => (
        <li key={version.version} className="versions__item">
          <div className="versions__main">
            <span className="versions__title">
              Version {version.version}
              {version.version === detail.versions.length && <span className="muted"> · current</span>}
            </span>
            <span className="muted versions__meta">
              In force from {formatDate(version.effectiveDate)} · accepted by <span data-private>{version.signedBy ?? '—'}</span>
              {version.signedMethod ? ` (${version.signedMethod === 'typed' ? 'typed name' : 'on paper'})` : ''}
              {version.signedAt ? ` on ${formatInstantDate(version.signedAt, timeZone)}` : ''}
            </span>
            <code className="versions__hash" title={`SHA-256 ${version.contentHash}`}>
              {version.contentHash.slice(0, 12)}
            </code>
          </div>
          <div className="versions__actions">
            {version.version > 1 && (
              <Link
                className="button button--ghost button--sm"
                to={`${agreementPath(detail.agreement.id)}/versions/${version.version}`}
                aria-label={`Compare version ${version.version} with version ${version.version - 1}`}
              >
                <GitCompare size={14} aria-hidden="true" /> Changes
              </Link>
            )}
            <Button
              size="sm"
              variant="ghost"
              icon={<Download size={14} />}
              aria-label={`Download version ${version.version} as PDF`}
              onClick={() => void downloadAgreementPdf(detail.agreement.id, version.version)}
            >
              PDF
            </Button>
          </div>
        </li>
      ))}
    </ol>
  );
}
