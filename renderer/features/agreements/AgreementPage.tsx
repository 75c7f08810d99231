// /agreements/:agreementId (and /amend): the editor for a draft, the record for the rest.
import { ArrowLeft, FileX } from 'lucide-react';
import { Link, Navigate, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { AmendEditor } from './editor/AmendEditor.tsx';
import { DraftEditor } from './editor/DraftEditor.tsx';
import { agreementPath } from './labels.ts';
import { useAgreement } from './useAgreement.ts';
import { AgreementView } from './view/AgreementView.tsx';
import './agreements.css';

export function AgreementPage({ amend = false }: { amend?: boolean }) {
  const { agreementId = '' } = useParams();
  const { data: detail, error, loaded } = useAgreement(agreementId);
  useScreenReady(loaded);

  if (!loaded) return <div className="screen" />;
  if (!detail) {
    return (
      <div className="screen screen--page">
        <div className="page">
          <Link to="/agreements" className="back-link">
            <ArrowLeft size={14} aria-hidden="true" /> Agreements
          </Link>
          <EmptyState
            icon={<FileX size={18} />}
            title={error?.code === 'not_found' ? 'This agreement is not here any more' : 'This agreement could not be opened'}
          >
            <p>{error?.message}</p>
          </EmptyState>
        </div>
      </div>
    );
  }
  if (amend)
    return detail.agreement.status === 'active' ? <AmendEditor detail={detail} /> : <Navigate to={agreementPath(agreementId)} replace />;
  return detail.editable ? <DraftEditor detail={detail} /> : <AgreementView detail={detail} />;
}
